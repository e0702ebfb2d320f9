using System.Text;

namespace DockOpt.Core.Output;

/// <summary>Lets a writer that produces UTF-8 bytes (JSON, XML) write to a <see cref="TextWriter"/> as well.</summary>
internal static class Utf8Text
{
    public static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteTo(TextWriter writer, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        writer.Write(NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}

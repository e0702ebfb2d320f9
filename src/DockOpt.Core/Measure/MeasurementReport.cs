using System.Globalization;
using System.Text.Json;

namespace DockOpt.Core.Measure;

/// <summary>Renders measurements as a table for people or as JSON for scripts.</summary>
public static class MeasurementReport
{
    public static void WriteText(TextWriter writer, ImageMeasurement measurement, MeasurementComparison? comparison = null)
    {
        if (comparison is null)
        {
            writer.WriteLine($"{measurement.Dockerfile}");
            writer.WriteLine($"  image size            {Megabytes(measurement.ImageBytes)}");
            writer.WriteLine($"  layers                {measurement.Layers.Count}");
            writer.WriteLine($"  cold build            {Seconds(measurement.ColdBuild)}");
            writer.WriteLine($"  rebuild after an edit {Seconds(measurement.RebuildAfterSourceEdit)}   (edited {measurement.EditedFile})");
            writer.WriteLine("  largest layers:");
            foreach (var layer in measurement.Layers.OrderByDescending(l => l.Bytes).Take(5).Where(l => l.Bytes > 0))
            {
                writer.WriteLine($"    {Megabytes(layer.Bytes),10}  {Shorten(layer.CreatedBy)}");
            }

            return;
        }

        var a = comparison.Baseline;
        var b = comparison.Candidate;
        writer.WriteLine($"{"",-24}{"baseline",14}{"candidate",14}{"ratio",8}");
        writer.WriteLine($"{"",-24}{Path.GetFileName(Path.GetDirectoryName(a.Dockerfile)) + "/" + Path.GetFileName(a.Dockerfile),14}{Path.GetFileName(Path.GetDirectoryName(b.Dockerfile)) + "/" + Path.GetFileName(b.Dockerfile),14}");
        writer.WriteLine($"{"image size",-24}{Megabytes(a.ImageBytes),14}{Megabytes(b.ImageBytes),14}{Ratio(comparison.SizeRatio),8}");
        writer.WriteLine($"{"layers",-24}{a.Layers.Count,14}{b.Layers.Count,14}");
        writer.WriteLine($"{"cold build",-24}{Seconds(a.ColdBuild),14}{Seconds(b.ColdBuild),14}{Ratio(comparison.ColdBuildRatio),8}");
        writer.WriteLine($"{"rebuild after an edit",-24}{Seconds(a.RebuildAfterSourceEdit),14}{Seconds(b.RebuildAfterSourceEdit),14}{Ratio(comparison.RebuildRatio),8}");
    }

    public static void WriteJson(Stream stream, ImageMeasurement measurement, MeasurementComparison? comparison = null)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 1);
        WriteMeasurement(json, comparison is null ? "measurement" : "baseline", comparison?.Baseline ?? measurement);
        if (comparison is not null)
        {
            WriteMeasurement(json, "candidate", comparison.Candidate);
            json.WriteStartObject("ratios");
            json.WriteNumber("imageSize", Math.Round(comparison.SizeRatio, 4));
            json.WriteNumber("coldBuild", Math.Round(comparison.ColdBuildRatio, 4));
            json.WriteNumber("rebuildAfterSourceEdit", Math.Round(comparison.RebuildRatio, 4));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteMeasurement(Utf8JsonWriter json, string name, ImageMeasurement m)
    {
        json.WriteStartObject(name);
        json.WriteString("dockerfile", m.Dockerfile);
        json.WriteNumber("imageBytes", m.ImageBytes);
        json.WriteNumber("coldBuildSeconds", Math.Round(m.ColdBuild.TotalSeconds, 3));
        json.WriteNumber("rebuildSeconds", Math.Round(m.RebuildAfterSourceEdit.TotalSeconds, 3));
        json.WriteString("editedFile", m.EditedFile);
        json.WriteStartArray("layers");
        foreach (var layer in m.Layers)
        {
            json.WriteStartObject();
            json.WriteNumber("bytes", layer.Bytes);
            json.WriteString("createdBy", layer.CreatedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "n/a" : ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 90 ? text : text[..87] + "...";
    }
}

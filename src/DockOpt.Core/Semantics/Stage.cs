using DockOpt.Core.Syntax;

namespace DockOpt.Core.Semantics;

/// <summary>A build stage: a FROM and the instructions after it up to the next FROM.</summary>
public sealed class Stage
{
    private readonly List<InstructionSyntax> _instructions = new();
    private readonly List<Stage> _copiedFrom = new();

    internal Stage(int index, InstructionSyntax from, string? name, string? platform, ImageReference? baseImage, Stage? baseStage)
    {
        Index = index;
        From = from;
        Name = name;
        Platform = platform;
        BaseImage = baseImage;
        BaseStage = baseStage;
    }

    public int Index { get; }

    public InstructionSyntax From { get; }

    /// <summary>The name after AS, lower case as BuildKit compares it; null when unnamed.</summary>
    public string? Name { get; }

    /// <summary>The <c>--platform</c> value, expanded when possible.</summary>
    public string? Platform { get; }

    /// <summary>The image this stage starts from after ARG expansion; null when the base is an earlier stage or could not be expanded.</summary>
    public ImageReference? BaseImage { get; }

    /// <summary>The earlier stage this one is built on (<c>FROM builder</c>), if any.</summary>
    public Stage? BaseStage { get; }

    /// <summary>True when the FROM line's image could not be fully expanded (an ARG without a default).</summary>
    public bool HasUnresolvedBase { get; internal set; }

    public bool IsScratch => BaseImage?.IsScratch == true;

    /// <summary>The external image at the root of this stage's FROM chain.</summary>
    public ImageReference? RootImage => BaseStage is null ? BaseImage : BaseStage.RootImage;

    /// <summary>The stage is the image the build produces (the last one, or the requested target).</summary>
    public bool IsFinal { get; internal set; }

    /// <summary>The stage's layers end up in the produced image: the final stage and the stages it is built on.</summary>
    public bool Ships { get; internal set; }

    /// <summary>The build needs this stage: it ships, or a needed stage copies from it or mounts it.</summary>
    public bool IsReachable { get; internal set; }

    /// <summary>Stages this one reads files from, with <c>COPY --from</c> or <c>RUN --mount=from=</c>.</summary>
    public IReadOnlyList<Stage> CopiedFrom => _copiedFrom;

    /// <summary>The instructions after FROM, in order.</summary>
    public IReadOnlyList<InstructionSyntax> Instructions => _instructions;

    public string DisplayName => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal void Add(InstructionSyntax instruction) => _instructions.Add(instruction);

    internal void AddCopiedFrom(Stage stage)
    {
        if (!_copiedFrom.Contains(stage))
        {
            _copiedFrom.Add(stage);
        }
    }

    public override string ToString() => $"stage {DisplayName} FROM {BaseImage?.Text ?? BaseStage?.DisplayName}";
}

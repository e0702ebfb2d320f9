using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A FROM written without variables that is neither an earlier stage nor a valid image reference:
/// <c>openjdk:</c> (an empty tag), <c>Ubuntu:24.04</c> (upper case in the repository), <c>node:20 alpine</c>
/// typed with a space. The build stops at once with "invalid reference format". FROMs built from
/// variables are DOPT4009's and DOPT4010's.
/// </summary>
public sealed class DOPT4022_InvalidBaseImageReference : Rule
{
    public override string Id => RuleIds.InvalidBaseImageReference;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var words = stage.From.Words;
        if (words.Count == 0 || words[0].Raw.Contains('$'))
        {
            return;
        }

        var image = words[0].Value;
        if (DOPT4010_InvalidBaseImageWithDefaults.IsValidReference(image)
            || context.Model.Stages.Take(stage.Index).Any(s => string.Equals(s.Name, image, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        context.Report(words[0].Span, image, Reason(image));
    }

    private static string Reason(string image)
    {
        var name = image.Split('@')[0];
        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        if (colon > slash && colon == name.Length - 1)
        {
            return "the tag after ':' is empty";
        }

        if (image.EndsWith('@'))
        {
            return "the digest after '@' is empty";
        }

        var path = colon > slash ? name[..colon] : name;
        var firstSlash = path.IndexOf('/');
        var repository = firstSlash > 0 && (path[..firstSlash].Contains('.') || path[..firstSlash].Contains(':') || path[..firstSlash] == "localhost")
            ? path[(firstSlash + 1)..]
            : path;
        return repository.Any(char.IsUpper) ? "a repository name must be lower case" : "it does not follow the [registry/]name[:tag][@digest] form";
    }
}

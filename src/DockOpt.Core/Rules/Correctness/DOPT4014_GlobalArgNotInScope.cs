using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A variable that is an ARG declared before the first FROM (or one of BuildKit's platform
/// arguments such as <c>TARGETARCH</c>) used inside a stage that does not declare it again. A
/// global ARG is visible only to FROM lines; inside the stage it is empty unless <c>ARG NAME</c>
/// repeats it. Checked in the instructions BuildKit expands and in RUN commands; a RUN that sets the
/// variable itself, references with a default (<c>${X:-1}</c>), and <c>*_VERSION</c> names on official
/// images (which set them as environment variables), and the proxy arguments (<c>HTTP_PROXY</c>...) that
/// BuildKit hands to every RUN, are not reported.
/// </summary>
public sealed class DOPT4014_GlobalArgNotInScope : Rule
{
    /// <summary>Build arguments BuildKit passes to every RUN without an ARG line.</summary>
    private static readonly HashSet<string> ProxyArgs = new(StringComparer.OrdinalIgnoreCase)
    {
        "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY",
    };

    public override string Id => RuleIds.GlobalArgNotInScope;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        var global = context.Model.GlobalArgs;
        IEnumerable<(string Name, Text.TextSpan Span)> references;
        if (syntax.Kind == InstructionKind.Run)
        {
            if (context.GetScript(instruction) is not { } script)
            {
                return;
            }

            var assigned = AssignedNames(script);
            references = script.Commands
                .SelectMany(c => c.Assignments.Concat(c.Words).Concat(c.Redirections.Where(r => r.Target is not null).Select(r => r.Target!)))
                .Where(w => w.HasExpansion)
                .SelectMany(w => VariableReferences.Find(w.Raw).Where(r => !r.HandlesUnset && !assigned.Contains(r.Name)).Select(r => (r.Name, script.SpanOf(w))))
                .Concat(syntax.Flags.Where(f => f.Value is not null)
                    .SelectMany(f => VariableReferences.Find(f.Value!.Raw, context.Syntax.EscapeCharacter).Where(r => !r.HandlesUnset).Select(r => (r.Name, f.Value!.Span))));
        }
        else if (syntax.Kind.ExpandsVariables() && syntax.Kind is not (InstructionKind.Arg or InstructionKind.Onbuild))
        {
            var words = syntax.Words.Concat(syntax.KeyValues.Where(p => p.Value is not null).Select(p => p.Value!))
                .Concat(syntax.Flags.Where(f => f.Value is not null).Select(f => f.Value!));
            references = words.SelectMany(w => VariableReferences.Find(w.Raw, context.Syntax.EscapeCharacter).Where(r => !r.HandlesUnset).Select(r => (r.Name, w.Span)));
        }
        else
        {
            return;
        }

        var official = instruction.Stage.RootImage?.IsOfficialDockerHubImage == true;
        foreach (var (name, span) in references.DistinctBy(r => r.Name))
        {
            if (!global.ContainsKey(name) || instruction.IsDefined(name) || ProxyArgs.Contains(name)
                || (official && name.EndsWith("_VERSION", StringComparison.Ordinal)) || DeclaredInBaseStage(instruction.Stage, name))
            {
                continue;
            }

            context.Report(span, name);
        }
    }

    /// <summary>BuildKit carries the ARGs of a stage into the stages built <c>FROM</c> it.</summary>
    private static bool DeclaredInBaseStage(Stage stage, string name)
    {
        for (var s = stage.BaseStage; s is not null; s = s.BaseStage)
        {
            if (s.Instructions.Any(i => i.Kind == InstructionKind.Arg && i.KeyValues.Any(p => p.Name == name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names the script sets itself: <c>X=...</c>, <c>export X=...</c>, <c>read X</c>, <c>for X in</c>, <c>local X</c>.</summary>
    private static HashSet<string> AssignedNames(RunScript script)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in script.Commands)
        {
            foreach (var word in command.Assignments)
            {
                if (word.TryGetAssignment(out var name, out _))
                {
                    names.Add(name);
                }
            }

            if (command.Program is "export" or "read" or "local" or "declare" or "typeset" or "readonly")
            {
                foreach (var word in command.Arguments.Where(a => !a.Value.StartsWith('-')))
                {
                    names.Add(word.TryGetAssignment(out var name, out _) ? name : word.Value);
                }
            }
        }

        // for X in ...: the loop variable is not a command word, so look for it in the text.
        var text = script.Text.Text;
        for (var at = text.IndexOf("for ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("for ", at + 4, StringComparison.Ordinal))
        {
            var rest = text[(at + 4)..].TrimStart();
            var name = new string(rest.TakeWhile(c => VariableReferences.IsNameChar(c, first: false)).ToArray());
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }
}

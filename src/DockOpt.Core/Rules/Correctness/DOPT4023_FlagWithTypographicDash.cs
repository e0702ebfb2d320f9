using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A flag of FROM, RUN, COPY, ADD or HEALTHCHECK written with a typographic dash instead of two hyphens
/// (<c>COPY —from=builder</c>, <c>RUN –mount=type=cache,...</c>), as word processors, chat tools and some
/// blogs turn <c>--</c> into. BuildKit does not see a flag: COPY takes <c>—from=builder</c> for a source
/// file and fails, RUN hands it to the shell as a command.
/// </summary>
public sealed class DOPT4023_FlagWithTypographicDash : Rule
{
    // Em dash, en dash, minus sign, hyphen, non-breaking hyphen, figure dash, small and full-width hyphen-minus.
    private static readonly char[] TypographicDashes = ['\u2014', '\u2013', '\u2212', '\u2010', '\u2011', '\u2012', '\uFE63', '\uFF0D'];

    public override string Id => RuleIds.FlagWithTypographicDash;

    public override void Visit(InstructionContext instruction, RuleContext context) => Check(instruction.Instruction, context);

    public override void VisitStage(Stage stage, RuleContext context) => Check(stage.From, context);

    private static void Check(InstructionSyntax syntax, RuleContext context)
    {
        var known = DockerfileParser.FlagsOf(syntax.Kind);
        if (known.Count == 0 || (syntax.Kind != InstructionKind.From && syntax.Form == CommandForm.Exec))
        {
            return;
        }

        // Flags stand first: look at the leading words only, up to the first that is no flag of either kind.
        foreach (var word in syntax.Words)
        {
            var raw = word.Raw;
            var dashes = 0;
            while (dashes < raw.Length && (raw[dashes] == '-' || Array.IndexOf(TypographicDashes, raw[dashes]) >= 0))
            {
                dashes++;
            }

            if (dashes == 0 || raw[..dashes].All(c => c == '-'))
            {
                if (dashes == 0)
                {
                    return;
                }

                continue;
            }

            var name = raw[dashes..].Split('=')[0];
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            var fix = Fix.Safe($"Write '--{name}'", new TextEdit(new TextSpan(word.Span.Start, word.Span.Start + dashes), "--"));
            context.Report(new TextSpan(word.Span.Start, word.Span.Start + dashes + name.Length), fix, raw[..(dashes + name.Length)], name);
        }
    }
}

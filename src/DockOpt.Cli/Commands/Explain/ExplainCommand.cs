using System.CommandLine;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;

namespace DockOpt.Cli.Commands.Explain;

/// <summary><c>dotnet dockopt explain ID</c>: a rule's documentation.</summary>
internal sealed class ExplainCommand
{
    public readonly Argument<string> Id = new("ID") { Description = "A rule id, such as DOPT1001." };

    public ExplainCommand() => Command = new("explain", """
        Show a rule's documentation: what it does, why it matters, an example and what to write instead.

        Example:
          dotnet dockopt explain DOPT1001
        """)
    {
        Id,
    };

    public Command Command { get; }

    public int Run(ParseResult parse, CliConsole console)
    {
        var id = parse.GetValue(Id)!.Trim();
        if (!RuleCatalog.TryGet(id, out var rule))
        {
            throw new UsageException($"there is no rule '{id}'; 'dotnet dockopt rules' lists them");
        }

        var doc = rule.Documentation;
        var o = console.Out;
        o.WriteLine($"{rule.Id}: {rule.Title}");
        o.WriteLine($"category: {rule.Category}   default severity: {rule.DefaultSeverity.ToName()}   fix: {rule.Fix.ToString().ToLowerInvariant()}");
        if (rule.Equivalents.Count > 0)
        {
            o.WriteLine($"equivalents: {string.Join(", ", rule.Equivalents)}");
        }

        o.WriteLine($"help: {rule.HelpUri}");
        Section("What it does", doc.WhatItDoes);
        Section("Why it matters", doc.WhyItMatters);
        Section("Example", doc.Example);
        Section("Use instead", doc.UseInstead);
        Section("Fix safety", doc.FixSafety);
        Section("References", doc.References);
        return ExitCodes.Success;

        void Section(string title, string body)
        {
            o.WriteLine();
            o.WriteLine($"## {title}");
            o.WriteLine(body);
        }
    }
}

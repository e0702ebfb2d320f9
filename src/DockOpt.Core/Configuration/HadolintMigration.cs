using System.Text;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Configuration;

/// <summary>One setting a migration writes (<see cref="Key"/> = <see cref="Value"/>), with the comment lines that explain it.</summary>
public sealed record MigrationSetting(IReadOnlyList<string> Comments, string? Key, string? Value);

/// <summary>A setting the existing file already has with another value: kept as it is, and reported.</summary>
public sealed record MigrationConflict(int Line, string Key, string ExistingValue, string MigratedValue);

/// <summary>The result of adding a migration to an existing EditorConfig file.</summary>
public sealed record MigrationMerge(string Text, int Added, IReadOnlyList<MigrationConflict> Conflicts, IReadOnlyList<string> AlreadySet);

/// <summary>
/// <c>dotnet dockopt migrate hadolint</c>: a <c>.hadolint.yaml</c> as an <c>.editorconfig</c> section for
/// Dockerfiles, through the rules' hadolint equivalents, with a comment for each hadolint id that no
/// dockopt rule stands for. Added to an existing file, it never replaces a key the file already sets:
/// that key is reported as a conflict and left out.
/// </summary>
public static class HadolintMigration
{
    /// <summary>The section every migrated setting goes in: the names DESIGN.md gives Dockerfiles.</summary>
    public const string DockerfileSection = "{Dockerfile,*.Dockerfile,Dockerfile.*,Containerfile}";

    /// <summary>The settings, in the order they are written: rules by id, ids without equivalent, options, fail level.</summary>
    public static IReadOnlyList<MigrationSetting> Settings(HadolintConfig config)
    {
        var mapping = HadolintMapping.From(config);
        var result = new List<MigrationSetting>();
        foreach (var setting in mapping.Settings)
        {
            var comment = $"{setting.Reason}: {string.Join(", ", setting.HadolintIds)}";
            if (setting.Severity == Severity.None && setting.OtherHadolintIds.Count > 0)
            {
                comment += $" ({setting.RuleId} also covers {string.Join(", ", setting.OtherHadolintIds)}, which hadolint still reported)";
            }

            result.Add(new MigrationSetting([comment], DockOptKeys.DiagnosticPrefix + setting.RuleId + DockOptKeys.SeveritySuffix, EditorConfigSeverity(setting.Severity)));
        }

        foreach (var unmapped in mapping.Unmapped)
        {
            result.Add(new MigrationSetting([$"{unmapped.Setting}: {unmapped.HadolintId} has no dockopt equivalent"], null, null));
        }

        if (config.TrustedRegistries.Count > 0)
        {
            result.Add(new MigrationSetting(["trustedRegistries"], DockOptKeys.OptionPrefix + RuleOptions.TrustedRegistriesName, string.Join(", ", config.TrustedRegistries)));
        }

        if (config.LabelSchema.Count > 0)
        {
            result.Add(new MigrationSetting(["label-schema"], DockOptKeys.OptionPrefix + RuleOptions.LabelSchemaName, string.Join(", ", config.LabelSchema.Select(p => $"{p.Key}:{p.Value}"))));
        }

        if (config.FailLevel is { } failLevel)
        {
            var origin = config.FailureThreshold is null ? "no-fail: true" : $"failure-threshold: {config.FailureThreshold}";
            result.Add(new MigrationSetting([origin], DockOptKeys.OptionPrefix + DockOptKeys.FailLevelOption, failLevel.ToName()));
        }

        if (config.DisableIgnorePragma)
        {
            result.Add(new MigrationSetting(["disable-ignore-pragma: true has no dockopt equivalent; '# hadolint ignore=' comments are honoured"], null, null));
        }

        return result;
    }

    /// <summary>The section as text, headed by a comment naming <paramref name="sourceName"/>.</summary>
    public static string ToEditorConfig(HadolintConfig config, string sourceName, string newLine = "\n") =>
        Render(Settings(config), sourceName, newLine);

    /// <summary>
    /// <paramref name="existingText"/> (the EditorConfig file at <paramref name="existingPath"/>) with the migrated
    /// section appended. Keys the file already sets are not written again: with the same value they are
    /// listed in <see cref="MigrationMerge.AlreadySet"/>, with another in <see cref="MigrationMerge.Conflicts"/>
    /// (and as a comment in the section). Nothing is appended when nothing is left to add.
    /// </summary>
    public static MigrationMerge MergeInto(string existingText, string existingPath, HadolintConfig config, string sourceName)
    {
        var existing = EditorConfigFile.Parse(existingText, existingPath);
        var properties = existing.Preamble.Concat(existing.Sections.SelectMany(s => s.Properties)).ToArray();
        var conflicts = new List<MigrationConflict>();
        var alreadySet = new List<string>();
        var settings = new List<MigrationSetting>();
        foreach (var setting in Settings(config))
        {
            var current = setting.Key is null ? null : properties.LastOrDefault(p => p.Key.Equals(setting.Key, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                settings.Add(setting);
            }
            else if (current.Value.Equals(setting.Value, StringComparison.OrdinalIgnoreCase))
            {
                alreadySet.Add(setting.Key!);
            }
            else
            {
                conflicts.Add(new MigrationConflict(current.Line, setting.Key!, current.Value, setting.Value!));
                settings.Add(new MigrationSetting(
                    [.. setting.Comments, $"not migrated: {setting.Key} = {setting.Value}, because line {current.Line} already sets {current.Value}"],
                    null,
                    null));
            }
        }

        var added = settings.Count(s => s.Key is not null);
        if (added == 0 && conflicts.Count == 0)
        {
            return new MigrationMerge(existingText, 0, conflicts, alreadySet);
        }

        var newLine = existingText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var text = new StringBuilder(existingText);
        if (text.Length > 0)
        {
            if (!existingText.EndsWith('\n'))
            {
                text.Append(newLine);
            }

            text.Append(newLine);
        }

        text.Append(Render(settings, sourceName, newLine));
        return new MigrationMerge(text.ToString(), added, conflicts, alreadySet);
    }

    private static string Render(IEnumerable<MigrationSetting> settings, string sourceName, string newLine)
    {
        var text = new StringBuilder();
        text.Append($"# Migrated from {sourceName} by 'dotnet dockopt migrate hadolint'.").Append(newLine);
        text.Append('[').Append(DockerfileSection).Append(']').Append(newLine);
        foreach (var setting in settings)
        {
            foreach (var comment in setting.Comments)
            {
                text.Append("# ").Append(comment).Append(newLine);
            }

            if (setting.Key is not null)
            {
                text.Append(setting.Key).Append(" = ").Append(setting.Value).Append(newLine);
            }
        }

        return text.ToString();
    }

    private static string EditorConfigSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "suggestion",
        _ => "none",
    };
}

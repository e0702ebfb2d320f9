namespace DockOpt.Core.Optimizer;

/// <summary>The .dockerignore written beside an optimized Python Dockerfile when there is none.</summary>
internal static class DockerignoreTemplate
{
    public static string For(string newLine) => string.Join(newLine,
    [
        "# Written by dockopt optimize: keeps the build context small and the COPY layers stable.",
        ".git",
        ".gitignore",
        "**/__pycache__",
        "**/*.py[cod]",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        ".coverage",
        "htmlcov",
        ".idea",
        ".vscode",
        "Dockerfile*",
        ".dockerignore",
        string.Empty,
    ]);
}

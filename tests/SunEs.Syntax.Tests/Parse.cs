using SunEs.Text;

namespace SunEs.Syntax.Tests;

internal static class Parse
{
    public static SyntaxTree Text(string text) => SyntaxParser.Parse(new SourceText("test.sunes", text));

    /// <summary>Parses a text that must give no diagnostic at all.</summary>
    public static SyntaxTree Clean(string text)
    {
        var tree = Text(text);
        Assert.Empty(tree.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        return tree;
    }

    public static T Single<T>(SyntaxTree tree)
        where T : SyntaxNode =>
        Assert.Single(tree.Root.DescendantsAndSelf().OfType<T>());

    /// <summary>Parses <c>forfait = EXPRESSION</c> inside a domain and returns the expression.</summary>
    public static ExpressionSyntax Expression(string expression) =>
        Single<ForfaitRuleSyntax>(Clean(DomainPrefix + expression + "\n")).Expression;

    /// <summary>The text a domain's forfait rule starts with: append an expression to it.</summary>
    public const string DomainPrefix = "programme P\n    volet V\n        domaine D\n            forfait = ";

    /// <summary>The repository root (the folder holding SunEs.sln), found from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SunEs.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<string> CorpusFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "instructions"), "*.sunes").Order(StringComparer.Ordinal).ToList();
}

using System.Text.Json.Serialization;

namespace SunEs.LanguageServer.Protocol;

/// <summary>Parameters of the sunes/* requests about one document.</summary>
public sealed record SunEsDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>The answer of sunes/compile.</summary>
public sealed record CompileResult(bool Succeeded, string Programme, IReadOnlyList<string> Instructions, IReadOnlyList<CompileDiagnostic> Diagnostics);

/// <summary>A diagnostic of any document (a compilation spans the workspace), so it carries its URI.</summary>
public sealed record CompileDiagnostic(string Uri, Range Range, int Severity, string Code, string Message);

/// <summary>The answer of sunes/runTests.</summary>
public sealed record RunTestsResult(int Passed, int Failed, IReadOnlyList<TestRunResult> Results);

public sealed record TestRunResult(string Name, string Uri, Range Range, bool Passed, IReadOnlyList<TestFailure> Failures)
{
    /// <summary>Why the candidacy could not be judged; written as null (not omitted) when it was.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Error { get; init; }
}

public sealed record TestFailure(Range Range, string Message);

/// <summary>The custom requests announced under capabilities.experimental.sunes.</summary>
public sealed record SunEsExperimentalCapabilities
{
    public bool? Compile { get; init; }

    public bool? RunTests { get; init; }

    public bool? RulesPage { get; init; }
}

public sealed record ExperimentalCapabilities(SunEsExperimentalCapabilities Sunes);

using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Emit.InFileTests;

/// <summary>An expectation of a test that the decision contradicts, with what was expected and what the rules decided.</summary>
public sealed record ExpectationFailure(TestExpectation Expectation, LocalizedText Message);

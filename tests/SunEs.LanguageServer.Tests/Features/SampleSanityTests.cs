using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class SampleSanityTests
{
    [Fact]
    public void The_samples_and_the_corpus_compile_without_errors()
    {
        var samples = TestWorkspace.Context(TestWorkspace.FromTexts(("a.sunes", Samples.A), ("b.sunes", Samples.B)), TestWorkspace.Uri("a.sunes"));
        Assert.Empty(samples.Compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));

        var corpus = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2023-28.sunes"));
        Assert.Equal(4, corpus.Snapshot.Documents.Count);
        Assert.Empty(corpus.Compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }
}

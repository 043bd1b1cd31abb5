namespace SunEs.Benchmarks;

/// <summary>A benchmark whose full-size setup is too slow for the quick run: it sets itself up smaller.</summary>
public interface IQuickSetup
{
    void QuickSetup();
}

namespace SunEs.LanguageServer.Text;

/// <summary>
/// Document identity: a file URI and a path name the same document however the client
/// escapes it (file:///c%3A/… and file:///C:/…); other schemes (untitled:) are kept as sent.
/// </summary>
public static class DocumentUris
{
    /// <summary>The key a document is known by in the workspace.</summary>
    public static string ToKey(string uri) => TryGetPath(uri, out var path) ? path : uri;

    public static bool TryGetPath(string uri, out string path)
    {
        path = string.Empty;
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return false;
        }

        try
        {
            path = Path.GetFullPath(parsed.LocalPath);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static bool IsSunEsPath(string pathOrUri) => pathOrUri.EndsWith(".sunes", StringComparison.OrdinalIgnoreCase);
}

using System.Text;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Writes a file through a temporary file next to it, then a rename: readers see the old file or
/// the whole new one, never a part, however long the writing takes. The new file keeps what the
/// old one was: its permissions (a result kept private stays private) and, when the path is a
/// symbolic link, its place — the file the link points to is replaced and the link kept. Nothing
/// is replaced until <see cref="Commit"/>; disposed before, the temporary file is removed.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly string _displayPath;
    private readonly MessageLanguage _language;
    private bool _committed;

    private AtomicFile(string target, string temporary, StreamWriter writer, string displayPath, MessageLanguage language)
    {
        (_target, _temporary, _displayPath, _language) = (target, temporary, displayPath, language);
        Writer = new ReportingWriter(writer, exception => Failed(displayPath, exception, language));
    }

    /// <summary>Where the content goes, in UTF-8 without a byte order mark; a failed write (a full disk) is a <see cref="UsageException"/> naming the file.</summary>
    public TextWriter Writer { get; }

    public static AtomicFile Create(string path, string displayPath, MessageLanguage language)
    {
        var target = FinalTarget(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            return new AtomicFile(target, temporary, new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)), displayPath, language);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failed(displayPath, exception, language);
        }
    }

    /// <summary>Puts the whole new file in place of the old one, in one rename.</summary>
    public void Commit()
    {
        try
        {
            Writer.Dispose();
            if (!OperatingSystem.IsWindows() && File.Exists(_target))
            {
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
            }

            File.Move(_temporary, _target, overwrite: true);
            _committed = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failed(_displayPath, exception, _language);
        }
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            Writer.Dispose();
            File.Delete(_temporary);
        }
        catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
        {
            // Only the temporary file is left; the target is untouched either way.
        }
    }

    /// <summary>The file a path ends at once every symbolic link is followed (the path itself when it is none, or does not exist yet).</summary>
    public static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link loop or a dangling link: writing to the path itself reports the problem.
            return path;
        }
    }

    private static UsageException Failed(string displayPath, Exception exception, MessageLanguage language) => new(language.Pick(
        $"écriture de « {displayPath} » impossible : {exception.Message} Le fichier n'a pas été modifié.",
        $"cannot write '{displayPath}': {exception.Message} The file was not changed."));

    /// <summary>Writes through to a writer, turning its input/output failures into the message of <paramref name="failed"/>.</summary>
    private sealed class ReportingWriter(TextWriter inner, Func<Exception, UsageException> failed) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Guard(() => inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

        public override void Write(string? value) => Guard(() => inner.Write(value));

        public override void WriteLine() => Guard(inner.WriteLine);

        public override void Flush() => Guard(inner.Flush);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Guard(inner.Dispose);
            }

            base.Dispose(disposing);
        }

        private void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw failed(exception);
            }
        }
    }
}

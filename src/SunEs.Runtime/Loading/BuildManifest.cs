using System.Text.Json;
using System.Text.Json.Serialization;

namespace SunEs.Runtime.Loading;

/// <summary>
/// The <c>sunes-manifest.json</c> that <c>sunes build</c> writes next to the assemblies it
/// produces: for each programme, its DLL and PDB with the SHA-256 of each, and the instruction
/// texts (with the SHA-256 of each) it was compiled from, their paths relative to the folder of the
/// manifest so that a build can move with its sources. An engine reads it to know what a build
/// directory holds and to check that a DLL and its PDB are the ones the build wrote.
/// </summary>
public sealed record BuildManifest(
    [property: JsonPropertyName("formatVersion")] int FormatVersion,
    [property: JsonPropertyName("compiler")] string Compiler,
    [property: JsonPropertyName("assemblies")] IReadOnlyList<ManifestAssembly> Assemblies)
{
    public const string FileName = "sunes-manifest.json";

    /// <summary>The only format this reader understands (2: PDB hashes, instruction paths relative to the manifest).</summary>
    public const int CurrentFormatVersion = 2;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads <see cref="FileName"/> in a build directory; any problem is a <see cref="BuildDirectoryException"/> saying what to do.</summary>
    public static BuildManifest ReadFrom(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        if (!Directory.Exists(directory))
        {
            throw BuildDirectoryException.Create(directory,
                "ce dossier n'existe pas : indiquez le dossier écrit par « sunes build … -o DOSSIER »",
                "this folder does not exist: give the folder written by 'sunes build … -o FOLDER'");
        }

        if (!File.Exists(path))
        {
            throw BuildDirectoryException.Create(directory,
                $"pas de {FileName} dans ce dossier : ce n'est pas un dossier écrit par « sunes build »",
                $"no {FileName} in this folder: it was not written by 'sunes build'");
        }

        string json;
        try
        {
            json = System.Text.Encoding.UTF8.GetString(BuildFile.Read(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw BuildDirectoryException.Create(directory, $"lecture de {FileName} impossible : {exception.Message}", $"cannot read {FileName}: {exception.Message}");
        }

        return Parse(json, directory);
    }

    /// <summary>Parses and checks a manifest; <paramref name="directory"/> only names it in messages.</summary>
    public static BuildManifest Parse(string json, string directory)
    {
        BuildManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BuildManifest>(json, Options);
        }
        catch (JsonException exception)
        {
            throw BuildDirectoryException.Create(directory,
                $"{FileName} est illisible (ligne {exception.LineNumber + 1}) : refaites le build",
                $"{FileName} is unreadable (line {exception.LineNumber + 1}): build again");
        }

        if (manifest is null || manifest.FormatVersion != CurrentFormatVersion || manifest.Assemblies is null)
        {
            throw BuildDirectoryException.Create(directory,
                $"{FileName} n'est pas au format {CurrentFormatVersion} : refaites le build avec cette version de sunes",
                $"{FileName} is not format {CurrentFormatVersion}: build again with this version of sunes");
        }

        foreach (var assembly in manifest.Assemblies)
        {
            if (assembly is null || !IsPlainFileName(assembly.File) || !IsPlainFileName(assembly.Pdb) || assembly.File == assembly.Pdb
                || string.IsNullOrEmpty(assembly.Sha256) || string.IsNullOrEmpty(assembly.PdbSha256) || string.IsNullOrEmpty(assembly.Programme)
                || assembly.Instructions is null || assembly.Instructions.Any(instruction => instruction is null
                    || string.IsNullOrEmpty(instruction.Id) || string.IsNullOrEmpty(instruction.File) || string.IsNullOrEmpty(instruction.SourceSha256)))
            {
                throw BuildDirectoryException.Create(directory,
                    $"{FileName} décrit un assemblage incomplet (fichier, pdb, sha256, pdbSha256, programme et instructions sont requis ; un nom de fichier sans dossier) : refaites le build",
                    $"{FileName} describes an incomplete assembly (file, pdb, sha256, pdbSha256, programme and instructions are required; a file name without folder): build again");
            }
        }

        return manifest;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>The assembly of <paramref name="programme"/>; without a name, the only one the build holds.</summary>
    public ManifestAssembly Find(string? programme, string directory)
    {
        var known = string.Join(", ", Assemblies.Select(assembly => assembly.Programme));
        if (programme is not null)
        {
            return Assemblies.FirstOrDefault(assembly => assembly.Programme == programme)
                ?? throw BuildDirectoryException.Create(directory,
                    $"aucun programme « {programme} » dans ce build (programmes : {known})",
                    $"no programme '{programme}' in this build (programmes: {known})");
        }

        return Assemblies.Count == 1
            ? Assemblies[0]
            : throw BuildDirectoryException.Create(directory,
                Assemblies.Count == 0 ? "ce build ne contient aucun programme" : $"ce build contient plusieurs programmes ({known}) : précisez lequel",
                Assemblies.Count == 0 ? "this build holds no programme" : $"this build holds several programmes ({known}): say which one");
    }

    private static bool IsPlainFileName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name == Path.GetFileName(name) && name is not ("." or "..");
}

/// <summary>One programme's assembly in a build directory, with its PDB and the SHA-256 of each.</summary>
public sealed record ManifestAssembly(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("pdb")] string Pdb,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("pdbSha256")] string PdbSha256,
    [property: JsonPropertyName("programme")] string Programme,
    [property: JsonPropertyName("instructions")] IReadOnlyList<ManifestInstruction> Instructions);

/// <summary>
/// An instruction text an assembly was compiled from: its number, its path relative to the folder
/// of the manifest ("/" between folders), and the SHA-256 of its text in UTF-8 (without byte order
/// mark), the same hash the assembly's <see cref="InstructionInfo.SourceSha256"/> carries.
/// </summary>
public sealed record ManifestInstruction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sourceSha256")] string SourceSha256);

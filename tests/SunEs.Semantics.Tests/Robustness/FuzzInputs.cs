using System.Text;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// Deterministic inputs for the front end: the corpus mutated in many ways, pathological texts,
/// and random strings. Every input is a pure function of its family and seed, named in its
/// description, so a failure can be made again.
/// </summary>
internal static class FuzzInputs
{
    private static readonly string[] Keywords =
    [
        "instruction", "titre", "NOR", "signée", "signee", "le", "applicable", "immédiatement", "émetteurs", "modifie", "modifiée",
        "programme", "volet", "volets", "domaine", "indicateur", "enveloppe", "régionale", "environ", "dont", "arrondi", "au centime",
        "à l'euro", "supérieur", "inférieur", "au plus proche", "dégressivité", "forfait", "éligible", "inéligible", "taux", "bonus",
        "donnée", "données", "entier", "décimal", "pourcentage", "montant", "date", "durée", "booléen", "texte", "fenêtre", "fenetre",
        "fenêtres", "candidature", "sélection", "mesure", "mesures", "jalon", "report", "vers", "inconnue", "mois", "jours", "semaines",
        "plus", "maximum", "prérequis", "groupe", "tolérance", "cibles", "cibles du volet", "test", "établissement", "pour", "demandé",
        "tous", "atteints", "sauf", "aucun", "attendu", "recevable", "irrecevable", "financé", "total", "barème", "jusqu'à", "au-delà",
        "si", "alors", "sinon", "et", "ou", "oui", "non", "vrai", "faux", "du", "au", "de", "en", "k€", "M€", "€", "euros",
        "oui/non", "taux = a / b", "forfait = forfait_d1", "DS1.1", "F1", "V1", "D1", "PS2.2", "séjours",
    ];

    private static readonly string[] Punctuation =
    [
        "(", ")", ":", ",", "=", "/", "%", "\"", "«", "»", "-", "+", "*", "×", "÷", "<", "<=", "≤", ">", ">=", "≥", "≠", "!=", "<>",
        "'", "’", ".", "/*", "*/", "//", "\\", "\n", "\r\n", "\r", "\t", " ", "12 000", "1,5", "2021-07-26", "26/07/2021",
        "1er mars 2022", "49 %", "40 k€", "9,5 M€", "#", "@", "$", "{", "}", "[", "]", ";", "!", "?", "&", "|", "^", "~", "`",
    ];

    private static readonly string[] Unicode =
    [
        "\0", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00", "😀", "𝔸", "\u202E", "\u202D", "\u200F", "\u2066", "\u2069",
        "\uFEFF", "\u200B", "\u00A0", "\u202F", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\u0301", "e\u0301", "\uFFFD",
        "\uFFFE", "\uFFFF", "\u0001", "\u001B", "\u007F", "ı", "İ", "ß", "Σ", "ﬁ", "Ⅻ", "١٢٣", "漢字", "\u0660", "\uFF10", "⁰",
    ];

    private static readonly string[] ExtremeLiterals =
    [
        "0", "00000000000000000000000000000000000001", "99999999999999999999999999999", "79 228 162 514 264 337 593 543 950 335",
        "1,00000000000000000000000000001", "0,0", "9999-12-31", "0001-01-01", "0000-00-00", "31/02/2021", "29 février 2023",
        "1er février 9999", "99/99/9999", "2021-02-30", "1e5", "-1", "12 000 000 000 000 000 000 M€", "0 %", "1000000 %", "0 mois",
    ];

    /// <summary>The inputs of every family, in a fixed order.</summary>
    public static IEnumerable<(string Family, FuzzInput Input)> All()
    {
        var families = new (string Name, Func<IEnumerable<FuzzInput>> Make)[]
        {
            ("corpus", Corpus),
            ("special", Special),
            ("char deletions", () => Seeded(400, 1_000, CharDeletions)),
            ("byte mutations", () => Seeded(200, 2_000, ByteMutations)),
            ("range duplications", () => Seeded(250, 3_000, RangeDuplications)),
            ("line shuffles", () => Seeded(200, 4_000, LineShuffles)),
            ("line deletions and copies", () => Seeded(150, 5_000, LineEdits)),
            ("token swaps", () => Seeded(250, 6_000, TokenSwaps)),
            ("insertions", () => Seeded(400, 7_000, Insertions)),
            ("extreme literals", () => Seeded(150, 8_000, LiteralExtremes)),
            ("splices across files", () => Seeded(150, 9_000, Splices)),
            ("truncations", Truncations),
            ("random strings", () => Seeded(300, 10_000, RandomString)),
        };
        return families.SelectMany(family => family.Make().Select(input => (family.Name, input)));
    }

    /// <summary>The seeded mutations of the corpus, for the property test: each input a pure function of its seed.</summary>
    public static IReadOnlyList<(string Name, Func<int, FuzzInput> Make)> Mutations { get; } =
    [
        ("layout changes", LayoutChanges),
        ("char deletions", CharDeletions),
        ("byte mutations", ByteMutations),
        ("range duplications", RangeDuplications),
        ("line shuffles", LineShuffles),
        ("line deletions and copies", LineEdits),
        ("token swaps", TokenSwaps),
        ("insertions", Insertions),
        ("extreme literals", LiteralExtremes),
        ("splices across files", Splices),
    ];

    /// <summary>The input a seed stands for: the mutation family is the seed modulo their count, weighted toward layout changes.</summary>
    public static FuzzInput Mutated(int seed) =>
        seed % 3 == 0 ? LayoutChanges(seed) : Mutations[1 + seed / 3 % (Mutations.Count - 1)].Make(seed);

    private static IEnumerable<FuzzInput> Seeded(int count, int firstSeed, Func<int, FuzzInput> make) =>
        Enumerable.Range(firstSeed, count).Select(make);

    private static IReadOnlyList<FuzzFile> Files => FuzzCorpus.Files;

    private static IEnumerable<FuzzInput> Corpus()
    {
        yield return new FuzzInput("the corpus unchanged", []);
        foreach (var file in Files)
        {
            yield return new FuzzInput($"{file.Name} with the other corpus files emptied", Files.Select(other => other == file ? other : other with { Text = string.Empty }).ToList());
        }

        yield return new FuzzInput("the corpus twice (every instruction declared twice)", Files.Select(file => file with { Name = "copy-" + file.Name }).ToList());
        yield return new FuzzInput("the corpus in one file", new FuzzFile("all.sunes", string.Join("\n", Files.Select(file => file.Text))));
        yield return new FuzzInput("the corpus with CRLF line ends", Files.Select(file => file with { Text = file.Text.ReplaceLineEndings("\r\n") }).ToList());
        yield return new FuzzInput("the corpus with CR line ends", Files.Select(file => file with { Text = file.Text.ReplaceLineEndings("\r") }).ToList());
        yield return new FuzzInput("the corpus in capitals", Files.Select(file => file with { Text = file.Text.ToUpperInvariant() }).ToList());
        yield return new FuzzInput("the corpus without accents", Files.Select(file => file with { Text = RemoveAccents(file.Text) }).ToList());
        yield return new FuzzInput("the corpus with a BOM", Files.Select(file => file with { Text = "\uFEFF" + file.Text }).ToList());
        yield return new FuzzInput("the corpus in decomposed Unicode (NFD)", Files.Select(file => file with { Text = file.Text.Normalize(NormalizationForm.FormD) }).ToList());
        yield return new FuzzInput("the corpus without comments or line breaks",
            Files.Select(file => file with { Text = string.Join(' ', file.Text.Split('\n').Select(line => line.Split("//")[0])) }).ToList());
    }

    private static IEnumerable<FuzzInput> Special()
    {
        const string Domain = "instruction \"X/1\"\n    signée le 2022-01-01\n    applicable le 2022-01-01\nprogramme P\n    volet V\n        fenêtres F1\n        domaine D\n            forfait = ";
        yield return Single("empty text", string.Empty);
        yield return Single("only spaces", new string(' ', 1_000));
        yield return Single("only blank lines and tabs", string.Concat(Enumerable.Repeat(" \t\r\n\n\r", 2_000)));
        yield return Single("only no-break spaces and BOMs", string.Concat(Enumerable.Repeat("\u00A0\u202F\uFEFF", 1_000)));
        yield return Single("only NUL characters", new string('\0', 10_000));
        yield return Single("only lone surrogates", string.Concat(Enumerable.Repeat("\uD800\uDC00\uDFFF\uD83D", 2_500)));
        yield return Single("right-to-left override everywhere", string.Join("\u202E", Files[0].Text.Split(' ')));
        yield return Single("10 000 nested parentheses", Domain + new string('(', 10_000) + "1" + new string(')', 10_000));
        yield return Single("10 000 unclosed parentheses", Domain + new string('(', 10_000));
        yield return Single("10 000 closing parentheses", Domain + "1" + new string(')', 10_000));
        yield return Single("20 000 chained '+ 1'", Domain + "1" + Repeat(" + 1", 20_000));
        yield return Single("5 000 'non'", Domain.Replace("forfait = ", "éligible si ", StringComparison.Ordinal) + Repeat("non ", 5_000) + "vrai");
        yield return Single("10 000 nested conditionals", Domain + Repeat("si a alors 1 sinon ", 10_000) + "2");
        yield return Single("10 000 nested bracket tables", Domain + Repeat("barème x jusqu'à 1 : ", 10_000) + "2 au-delà : 3");
        yield return Single("10 000 chained caps and floors", Domain + "1 €" + Repeat(" plafonné à 2 € au plus 3 € au moins 1 €", 3_400));
        yield return Single("10 000 nested min", Domain + Repeat("min(1 €, ", 10_000) + "2 €" + new string(')', 10_000));
        yield return Single("a min of 10 000 arguments", Domain + "min(" + string.Join(", ", Enumerable.Repeat("1 €", 10_000)) + ")");
        yield return Single("a category of 10 000 values and 10 000 tests of it",
            Domain.Replace("forfait = ", "éligible si c parmi ", StringComparison.Ordinal) + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"v{i}\""))
            + "\ndonnée c : parmi " + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"v{i}\"")));
        yield return Single("nesting split by stray tokens", Domain + Repeat(new string('(', 200) + " entier ", 100));
        yield return Single("chain split by stray tokens", Domain + "1" + Repeat(" + entier 1", 5_000));
        yield return Single("a 1 MB identifier", new string('a', 1 << 20));
        yield return Single("a 1 MB string", "programme P \"" + new string('x', 1 << 20) + "\"");
        yield return Single("a 1 MB unterminated string", "programme P \"" + new string('x', 1 << 20));
        yield return Single("a 1 MB line comment", "// " + new string('c', 1 << 20) + "\nprogramme P");
        yield return Single("a 1 MB unterminated block comment", "/* " + new string('c', 1 << 20));
        yield return Single("a 1 MB number", "programme P\n    enveloppe " + new string('9', 1 << 20) + " €");
        yield return Single("a 1 MB line of unexpected characters", new string('#', 1 << 20));
        yield return Single("a 1 MB line of corpus tokens", OneMegabyteLine(Files[0].Text));
        yield return Single("a 1 MB line of additions", Domain + "1" + Repeat(" + 1", (1 << 20) / 4));
        yield return Single("10 000 empty declarations", Repeat("programme ", 10_000));
        yield return Single("5 000 volets", "programme P\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"    volet V{i}\n        fenêtres F1\n")));
    }

    /// <summary>
    /// Only the whitespace between tokens changes: indentation, spaces and tabs, blank lines, CRLF,
    /// sometimes a line break inside a line. Most such texts still bind cleanly, which is what the
    /// formatter's meaning-preservation property needs.
    /// </summary>
    private static FuzzInput LayoutChanges(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var tokens = Syntax.SyntaxParser.Parse(new Text.SourceText(file.Name, file.Text)).Tokens;
        var text = new StringBuilder(file.Text.Length * 2);
        var end = 0;
        var changes = random.Next(1, 60);
        var rate = Math.Max(1, tokens.Count / changes);
        foreach (var token in tokens)
        {
            var gap = file.Text[end..token.Span.Start];
            text.Append(end > 0 && random.Next(rate) == 0 ? NewGap(random, gap) : gap);
            text.Append(file.Text, token.Span.Start, token.Span.Length);
            end = token.Span.End;
        }

        text.Append(file.Text[end..]);
        return Mutated(seed, "layout changes", file, text.ToString());
    }

    private static string NewGap(Random random, string gap)
    {
        var spaces = new[] { " ", "  ", "\t", "      ", " \t " }[random.Next(5)];
        if (!gap.Contains('\n'))
        {
            return random.Next(8) == 0 ? "\n" + Repeat(" ", random.Next(0, 13)) : spaces;
        }

        var newline = random.Next(4) == 0 ? "\r\n" : "\n";
        return Repeat(newline, random.Next(1, 4)) + Repeat(random.Next(3) == 0 ? "\t" : " ", random.Next(0, 17));
    }

    private static FuzzInput CharDeletions(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var text = new StringBuilder(file.Text);
        var deletions = random.Next(1, 30);
        for (var i = 0; i < deletions && text.Length > 0; i++)
        {
            var start = random.Next(text.Length);
            text.Remove(start, Math.Min(text.Length - start, random.Next(3) == 0 ? random.Next(1, 200) : 1));
        }

        return Mutated(seed, "char deletions", file, text.ToString());
    }

    private static FuzzInput ByteMutations(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(file.Text));
        var edits = random.Next(1, 40);
        for (var i = 0; i < edits && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        var decoded = random.Next(4) == 0 ? Encoding.Latin1.GetString(bytes.ToArray()) : Encoding.UTF8.GetString(bytes.ToArray());
        return Mutated(seed, "byte mutations", file, decoded);
    }

    private static FuzzInput RangeDuplications(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var text = file.Text;
        var copies = random.Next(1, 5);
        for (var i = 0; i < copies; i++)
        {
            var start = random.Next(text.Length);
            var length = random.Next(Math.Min(2_000, text.Length - start) + 1);
            var times = random.Next(5) == 0 ? random.Next(2, 50) : 1;
            text = text.Insert(random.Next(text.Length + 1), Repeat(text.Substring(start, length), times));
        }

        return Mutated(seed, "range duplications", file, text);
    }

    private static FuzzInput LineShuffles(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var lines = file.Text.Split('\n');
        if (random.Next(4) == 0)
        {
            random.Shuffle(lines);
        }
        else
        {
            for (var swaps = random.Next(1, 10); swaps > 0; swaps--)
            {
                var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
                (lines[a], lines[b]) = (lines[b], lines[a]);
            }
        }

        return Mutated(seed, "line shuffles", file, string.Join('\n', lines));
    }

    private static FuzzInput LineEdits(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var lines = file.Text.Split('\n').ToList();
        for (var edits = random.Next(1, 15); edits > 0 && lines.Count > 0; edits--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(3))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(random.Next(lines.Count + 1), lines[at]);
                    break;
                default:
                    lines[at] = lines[at].TrimStart();
                    break;
            }
        }

        return Mutated(seed, "line deletions and copies", file, string.Join('\n', lines));
    }

    private static FuzzInput TokenSwaps(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var other = Pick(random, Files);
        var words = file.Text.Split(' ');
        var donors = other.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var swaps = random.Next(1, 12); swaps > 0; swaps--)
        {
            var a = random.Next(words.Length);
            if (random.Next(3) == 0 && donors.Length > 0)
            {
                words[a] = Pick(random, donors);
            }
            else
            {
                var b = random.Next(words.Length);
                (words[a], words[b]) = (words[b], words[a]);
            }
        }

        return Mutated(seed, "token swaps", file, string.Join(' ', words));
    }

    private static FuzzInput Insertions(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var text = new StringBuilder(file.Text);
        for (var insertions = random.Next(1, 20); insertions > 0; insertions--)
        {
            var pool = random.Next(3) switch
            {
                0 => Keywords,
                1 => Punctuation,
                _ => Unicode,
            };
            var piece = Pick(random, pool);
            var separator = random.Next(2) == 0 ? " " : string.Empty;
            text.Insert(random.Next(text.Length + 1), separator + piece + separator);
        }

        return Mutated(seed, "insertions", file, text.ToString());
    }

    private static FuzzInput LiteralExtremes(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var text = file.Text;
        for (var replacements = random.Next(1, 6); replacements > 0; replacements--)
        {
            var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
            if (digits.Count == 0)
            {
                break;
            }

            var start = Pick(random, digits);
            var end = start;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '-' or '/'))
            {
                end++;
            }

            text = string.Concat(text.AsSpan(0, start), Pick(random, ExtremeLiterals), text.AsSpan(end));
        }

        return Mutated(seed, "extreme literals", file, text);
    }

    private static FuzzInput Splices(int seed)
    {
        var random = new Random(seed);
        var file = Pick(random, Files);
        var donor = Pick(random, Files);
        var start = random.Next(donor.Text.Length);
        var piece = donor.Text.Substring(start, random.Next(Math.Min(3_000, donor.Text.Length - start) + 1));
        var at = random.Next(file.Text.Length + 1);
        var replaced = random.Next(2) == 0 ? random.Next(Math.Min(500, file.Text.Length - at) + 1) : 0;
        return Mutated(seed, $"splices across files (from {donor.Name})", file, string.Concat(file.Text.AsSpan(0, at), piece, file.Text.AsSpan(at + replaced)));
    }

    /// <summary>Each corpus file cut at every Nth position, N chosen for about 100 cuts a file.</summary>
    private static IEnumerable<FuzzInput> Truncations()
    {
        foreach (var file in Files)
        {
            var step = Math.Max(1, file.Text.Length / 100);
            for (var length = 0; length <= file.Text.Length; length += step)
            {
                yield return new FuzzInput($"truncations: {file.Name} cut at {length} of {file.Text.Length}", file with { Text = file.Text[..length] });
            }
        }
    }

    private static FuzzInput RandomString(int seed)
    {
        var random = new Random(seed);
        var length = random.Next(5) == 0 ? random.Next(5_000, 20_000) : random.Next(0, 2_000);
        var text = new StringBuilder(length);
        var mode = random.Next(4);
        while (text.Length < length)
        {
            text.Append((mode, random.Next(10)) switch
            {
                (0, _) => ((char)random.Next(0x10000)).ToString(),
                (1, _) => ((char)random.Next(0x20, 0x7F)).ToString(),
                (_, < 4) => Pick(random, Keywords) + " ",
                (_, < 7) => Pick(random, Punctuation),
                (_, < 8) => Pick(random, Unicode),
                _ => random.Next(3) == 0 ? "\n" : " ",
            });
        }

        return Single($"random strings: seed {seed}, mode {mode}", text.ToString());
    }

    private static FuzzInput Mutated(int seed, string family, FuzzFile file, string text) =>
        new($"{family}: seed {seed}, {file.Name}", file with { Text = text });

    private static FuzzInput Single(string description, string text) => new(description, new FuzzFile("fuzz.sunes", text));

    private static string OneMegabyteLine(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(word => !word.StartsWith("//", StringComparison.Ordinal)));
        var line = new StringBuilder(1 << 20);
        while (line.Length < 1 << 20)
        {
            line.Append(words).Append(' ');
        }

        return line.ToString(0, 1 << 20);
    }

    private static string RemoveAccents(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

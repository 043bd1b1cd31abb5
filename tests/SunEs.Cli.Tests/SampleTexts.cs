namespace SunEs.Cli.Tests;

/// <summary>Small instruction texts with known diagnostics.</summary>
public static class SampleTexts
{
    /// <summary>Line 10, column 17: "F9" is no window (SUN0201).</summary>
    public const string UnknownWindow = """
        instruction "TEST/2024/1"
            signée le 2024-03-01
            applicable le 2024-03-01

        fenêtre F1 "Fenêtre 1"
            candidature du 2024-04-01 au 2024-05-31
            sélection 4 mois maximum
            mesure "S2 2024" du 2024-07-01 au 2024-12-31
            jalon 2024-12-31
            report vers F9

        """;

    /// <summary>No error; one warning (SUN0211), line 6: the parts of the envelope exceed its total.</summary>
    public const string EnvelopePartsExceedTotal = """
        instruction "TEST/2024/2"
            signée le 2024-03-01
            applicable le 2024-03-01

        programme P "Programme"
            enveloppe 1 M€
                dont "Part" 2 M€

        """;

    /// <summary>No diagnostic at all.</summary>
    public const string Clean = """
        instruction "TEST/2024/3"
            signée le 2024-03-01
            applicable le 2024-03-01

        fenêtre W1 "Fenêtre W1"
            candidature du 2024-04-01 au 2024-05-31
            sélection 4 mois maximum
            mesure "S2 2024" du 2024-07-01 au 2024-12-31
            jalon 2024-12-31

        """;
}

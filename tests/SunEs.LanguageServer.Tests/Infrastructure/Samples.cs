namespace SunEs.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Small instructions: A declares a programme, windows, a prerequisite, a grid and data; B amends a
/// window and the grid; Q declares a second programme with the same identifiers as A (V1, D1, F1, I1).
/// </summary>
internal static class Samples
{
    public const string A = """
        instruction "TEST/2024/1"
            signée le 2024-01-10
            applicable le 2024-01-10

        programme P "Programme"
            volet V1 "Volet un"
                fenêtres F1, F2
                dégressivité F1 100 %, F2 90 %
                domaine D1 "Domaine un"
                    forfait = forfait_d1
                    indicateur I1 "Indicateur un"
                        taux = num / den

        fenêtre F1 "Fenêtre 1"
            candidature du 2024-02-01 au 2024-03-31
            mesure "S1" du 2024-04-01 au 2024-06-30
            jalon 2024-07-31

        fenêtre F2 "Fenêtre 2"
            candidature du 2024-08-01 au 2024-09-30
            mesure "S2" du 2024-10-01 au 2024-12-31
            jalon 2025-01-31

        prérequis PR1 "Prérequis un"
            groupe "Sécurité"

        cibles du volet V1
            fenêtres    F1      F2
            I1          40 %    50 %

        donnée num : entier "Numérateur"
        donnée den : entier "Dénominateur"
        donnée forfait_d1 : montant "Forfait"

        """;

    public const string B = """
        instruction "TEST/2024/2"
            signée le 2024-06-01
            applicable le 2024-06-01
            modifie "TEST/2024/1"

        fenêtre F2 modifiée
            jalon 2025-03-31

        cibles du volet V1 modifiées
            fenêtres    F1      F2
            I1          40 %    45 %

        """;

    public const string Q = """
        instruction "TEST/2024/Q"
            signée le 2024-01-10
            applicable le 2024-01-10

        programme Q "Second programme"
            volet V1 "Volet de Q"
                fenêtres F1
                domaine D1 "Domaine de Q"
                    forfait = forfait_q
                    indicateur I1 "Indicateur de Q"
                        oui/non

        fenêtre F1 "Fenêtre de Q"
            candidature du 2024-02-01 au 2024-03-31
            mesure "2024" du 2024-04-01 au 2024-12-31
            jalon 2024-12-31

        cibles du volet V1
            fenêtres    F1
            I1          oui

        donnée forfait_q : montant "Forfait de Q"

        """;
}

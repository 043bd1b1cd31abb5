namespace SunEs.Diagnostics;

/// <summary>
/// Every diagnostic the product can report. Codes are stable and never reused: a retired
/// code stays retired. Syntax codes are SUN00xx, instruction-level SUN01xx, declarations
/// SUN02xx, expressions SUN03xx, dates SUN04xx, grids and degressivity SUN05xx, tests SUN06xx,
/// calendar rules, territories and assumptions SUN07xx.
/// </summary>
public static class DiagnosticCatalog
{
    private static DiagnosticDescriptor Error(string code, string french, string english) => new(code, DiagnosticSeverity.Error, french, english);

    private static DiagnosticDescriptor Warning(string code, string french, string english) => new(code, DiagnosticSeverity.Warning, french, english);

    private static DiagnosticDescriptor Information(string code, string french, string english) => new(code, DiagnosticSeverity.Information, french, english);

    /// <summary>A warning about a convention a text may depart from on purpose, saying so with a waiver.</summary>
    private static DiagnosticDescriptor Convention(string code, string french, string english) => new(code, DiagnosticSeverity.Warning, french, english, IsWaivable: true);

    // ------------------------------------------------------------------ syntax

    public static readonly DiagnosticDescriptor UnexpectedCharacter = Error("SUN0001",
        "Caractère inattendu « {0} ».",
        "Unexpected character '{0}'.");

    public static readonly DiagnosticDescriptor UnterminatedString = Error("SUN0002",
        "Chaîne non terminée : ajoutez le guillemet fermant sur la même ligne.",
        "Unterminated string: add the closing quote on the same line.");

    public static readonly DiagnosticDescriptor UnexpectedToken = Error("SUN0003",
        "« {0} » inattendu ici ; attendu : {1}.",
        "Unexpected '{0}' here; expected: {1}.");

    public static readonly DiagnosticDescriptor MissingToken = Error("SUN0004",
        "Il manque {0} {1}.",
        "Missing {0} {1}.");

    public static readonly DiagnosticDescriptor InvalidNumber = Error("SUN0005",
        "Nombre invalide « {0} » : il doit tenir sur 28 chiffres significatifs.",
        "Invalid number '{0}': it must fit in 28 significant digits.");

    public static readonly DiagnosticDescriptor InvalidDate = Error("SUN0006",
        "Date invalide « {0} » : ce jour n'existe pas.",
        "Invalid date '{0}': no such day.");

    public static readonly DiagnosticDescriptor ReservedWordAsName = Error("SUN0007",
        "« {0} » est un mot-clé du langage et ne peut pas servir de nom ; choisissez un autre identifiant.",
        "'{0}' is a keyword of the language and cannot be used as a name; choose another identifier.");

    public static readonly DiagnosticDescriptor UnterminatedComment = Error("SUN0008",
        "Commentaire non terminé : fermez-le par « */ ».",
        "Unterminated comment: close it with '*/'.");

    public static readonly DiagnosticDescriptor ExpressionTooComplex = Error("SUN0009",
        "Expression trop imbriquée ou trop longue (plus de {0} niveaux ou opérateurs) : découpez-la.",
        "Expression nested too deeply or too long (more than {0} levels or operators): split it.");

    public static readonly DiagnosticDescriptor InvisibleCharacter = Warning("SUN0010",
        "{0} : le texte peut s'afficher autrement que le compilateur ne le lit ; à supprimer (ou à décrire en toutes lettres si c'est voulu).",
        "{0}: the text may display differently from how the compiler reads it; remove it (or describe it in words if it is intended).");

    public static readonly DiagnosticDescriptor MistypedKeyword = Error("SUN0011",
        "« {0} » inattendu ici ; vouliez-vous dire « {1} » ?",
        "Unexpected '{0}' here; did you mean '{1}'?");

    // ------------------------------------------------------------------ instructions and amendments

    public static readonly DiagnosticDescriptor MissingHeader = Error("SUN0100",
        "Le texte ne commence pas par « instruction \"NUMÉRO\" » : chaque fichier décrit une instruction.",
        "The text does not start with 'instruction \"NUMBER\"': each file describes one instruction.");

    public static readonly DiagnosticDescriptor DuplicateHeaderItem = Error("SUN0101",
        "« {0} » est déjà indiqué pour cette instruction.",
        "'{0}' is already given for this instruction.");

    public static readonly DiagnosticDescriptor MissingHeaderItem = Error("SUN0102",
        "L'instruction « {0} » n'indique pas {1}.",
        "Instruction '{0}' does not give {1}.");

    public static readonly DiagnosticDescriptor DuplicateInstruction = Error("SUN0103",
        "L'instruction « {0} » est déjà décrite dans {1}.",
        "Instruction '{0}' is already described in {1}.");

    public static readonly DiagnosticDescriptor UnknownAmendedInstruction = Error("SUN0104",
        "Instruction modifiée inconnue « {0} »{1}.",
        "Unknown amended instruction '{0}'{1}.");

    public static readonly DiagnosticDescriptor AmendmentCycle = Error("SUN0105",
        "Les instructions se modifient en boucle : {0}.",
        "Instructions amend each other in a cycle: {0}.");

    public static readonly DiagnosticDescriptor AmendmentBeforeAmendedText = Error("SUN0106",
        "L'instruction s'applique le {0}, avant « {1} » qu'elle modifie (applicable le {2}) : elle réécrirait des règles d'avant ce texte ; corrigez l'une des dates ou retirez ce texte de « modifie ».",
        "The instruction applies on {0}, before '{1}' which it amends (applicable on {2}): it would rewrite rules from before that text; correct one of the dates or remove that text from 'modifie'.");

    public static readonly DiagnosticDescriptor SelfAmendment = Error("SUN0107",
        "Une instruction ne peut pas se modifier elle-même.",
        "An instruction cannot amend itself.");

    public static readonly DiagnosticDescriptor ApplicationBeforeSignature = Error("SUN0108",
        "La date d'application ({0}) précède la date de signature ({1}).",
        "The application date ({0}) is before the signature date ({1}).");

    // ------------------------------------------------------------------ declarations and names

    public static readonly DiagnosticDescriptor DuplicateDeclaration = Error("SUN0200",
        "« {0} » est déjà déclaré ({1}).",
        "'{0}' is already declared ({1}).");

    public static readonly DiagnosticDescriptor UnknownName = Error("SUN0201",
        "{0} « {1} »{2}.",
        "{0} '{1}'{2}.");

    public static readonly DiagnosticDescriptor WrongKindOfName = Error("SUN0202",
        "« {0} » est {1}, alors qu'il faut ici {2}.",
        "'{0}' is {1}, but {2} is expected here.");

    public static readonly DiagnosticDescriptor RedeclarationNeedsAmendment = Error("SUN0203",
        "« {0} » est déjà déclaré par « {1} » : pour le changer, écrivez « {2} ».",
        "'{0}' is already declared by '{1}': to change it, write '{2}'.");

    public static readonly DiagnosticDescriptor AmendmentOfUnknown = Error("SUN0204",
        "« {0} » n'est déclaré par aucune instruction ; retirez « modifié » pour le déclarer ici{1}.",
        "'{0}' is not declared by any instruction; remove 'modifié' to declare it here{1}.");

    public static readonly DiagnosticDescriptor AmendmentOutsideAmendedTexts = Error("SUN0205",
        "« {0} » est déclaré par « {1} », que cette instruction ne modifie pas : ajoutez-la à « modifie ».",
        "'{0}' is declared by '{1}', which this instruction does not amend: add it to 'modifie'.");

    public static readonly DiagnosticDescriptor AmendmentWrongParent = Error("SUN0206",
        "« {0} » appartient à « {1} », pas à « {2} ».",
        "'{0}' belongs to '{1}', not to '{2}'.");

    public static readonly DiagnosticDescriptor DuplicateItem = Error("SUN0207",
        "« {0} » est indiqué plusieurs fois pour « {1} ».",
        "'{0}' is given more than once for '{1}'.");

    public static readonly DiagnosticDescriptor MissingItem = Error("SUN0208",
        "{0} « {1} » n'indique pas {2}.",
        "{0} '{1}' does not give {2}.");

    public static readonly DiagnosticDescriptor IndicatorKindConflict = Error("SUN0209",
        "L'indicateur « {0} » ne peut pas être à la fois un taux et un oui/non.",
        "Indicator '{0}' cannot be both a rate and a yes/no.");

    public static readonly DiagnosticDescriptor RateOperandNotCount = Error("SUN0210",
        "Le {0} d'un taux doit être une donnée entière ou décimale ; « {1} » est de type {2}.",
        "The {0} of a rate must be an integer or decimal datum; '{1}' is of type {2}.");

    public static readonly DiagnosticDescriptor EnvelopePartsExceedTotal = Warning("SUN0211",
        "Les parts de l'enveloppe ({0}) dépassent son total ({1}).",
        "The parts of the envelope ({0}) exceed its total ({1}).");

    public static readonly DiagnosticDescriptor EmptyContainer = Convention("SUN0212",
        "{0} « {1} » ne contient aucun {2} ; si c'est voulu, écrivez dans son bloc « dérogation SUN0212 \"motif\" ».",
        "{0} '{1}' contains no {2}; if this is intended, write 'dérogation SUN0212 \"reason\"' in its block.");

    public static readonly DiagnosticDescriptor UnusedAmendedInstruction = Information("SUN0213",
        "L'instruction modifie « {0} » mais ne change rien de ce que ce texte déclare.",
        "The instruction amends '{0}' but changes nothing that text declares.");

    public static readonly DiagnosticDescriptor SeveralProgrammesInText = Error("SUN0214",
        "Une instruction porte sur un seul programme : ce texte écrit déjà sur « {0} » ; décrivez « {1} » dans un autre texte.",
        "An instruction is about one programme: this text already writes about '{0}'; describe '{1}' in another text.");

    public static readonly DiagnosticDescriptor TextWithoutProgramme = Error("SUN0215",
        "On ne sait pas à quel programme appartient ce texte, et le dossier en contient plusieurs ({0}) : déclarez ou modifiez son programme (« programme … »), ou modifiez un texte de ce programme (« modifie … »).",
        "Which programme this text belongs to cannot be told, and the folder holds several ({0}): declare or amend its programme ('programme …'), or amend a text of that programme ('modifie …').");

    public static readonly DiagnosticDescriptor NameOfAnotherProgramme = Error("SUN0216",
        "« {0} » est {1} du programme « {2} » : ce texte appartient au programme « {3} » et ne désigne que ce que celui-ci déclare.",
        "'{0}' is {1} of programme '{2}': this text belongs to programme '{3}' and names only what that programme declares.");

    public static readonly DiagnosticDescriptor AmbiguousName = Error("SUN0217",
        "« {0} » est déclaré par plusieurs programmes : précisez lequel ({1}).",
        "'{0}' is declared by several programmes: say which one ({1}).");

    public static readonly DiagnosticDescriptor WaiverOfUnknownCode = Error("SUN0218",
        "« {0} » n'est pas un code de diagnostic : une dérogation cite le code du contrôle qu'elle écarte ({1}).",
        "'{0}' is not a diagnostic code: a waiver names the code of the check it sets aside ({1}).");

    public static readonly DiagnosticDescriptor WaiverOfImpossibility = Error("SUN0219",
        "{0} relève une impossibilité, pas une convention : aucune dérogation ne l'écarte, corrigez le texte (dérogations possibles : {1}).",
        "{0} reports an impossibility, not a convention: no waiver sets it aside, fix the text (waivable: {1}).");

    public static readonly DiagnosticDescriptor UnusedWaiver = Warning("SUN0220",
        "La dérogation à {0} est sans objet : ce contrôle ne signale rien pour « {1} » à aucune date ; retirez-la.",
        "The waiver of {0} has nothing to waive: the check reports nothing about '{1}' on any date; remove it.");

    public static readonly DiagnosticDescriptor WaiverWithoutReason = Error("SUN0221",
        "La dérogation à {0} doit dire pourquoi : écrivez le motif entre les guillemets.",
        "The waiver of {0} must say why: write the reason between the quotes.");

    public static readonly DiagnosticDescriptor AmendedValueOutsideAmendedTexts = Error("SUN0222",
        "{0} : cette valeur vient de « {1} », que cette instruction ne modifie pas ; ajoutez-la à « modifie ».",
        "{0}: this value comes from '{1}', which this instruction does not amend; add it to 'modifie'.");

    // ------------------------------------------------------------------ expressions and types

    public static readonly DiagnosticDescriptor OperatorTypeMismatch = Error("SUN0300",
        "L'opération « {0} » n'est pas définie entre {1} et {2}.",
        "Operation '{0}' is not defined between {1} and {2}.");

    public static readonly DiagnosticDescriptor ExpectedType = Error("SUN0301",
        "{0} doit être de type {1}, pas {2}.",
        "{0} must be of type {1}, not {2}.");

    public static readonly DiagnosticDescriptor ConditionalBranchMismatch = Error("SUN0302",
        "Les deux branches de « si … alors … sinon » doivent avoir le même type ({0} / {1}).",
        "Both branches of 'si … alors … sinon' must have the same type ({0} / {1}).");

    public static readonly DiagnosticDescriptor PercentageOutOfRange = Error("SUN0303",
        "Le pourcentage {0} % sort de l'intervalle 0–100 %.",
        "Percentage {0} % is outside 0–100 %.");

    public static readonly DiagnosticDescriptor BracketThresholdsNotIncreasing = Error("SUN0304",
        "Les seuils du barème doivent croître : {0} suit {1}.",
        "Bracket thresholds must increase: {0} follows {1}.");

    public static readonly DiagnosticDescriptor ForfaitOutsideDomain = Error("SUN0305",
        "« forfait » désigne le forfait d'un domaine et ne s'emploie que dans le bonus d'un de ses indicateurs.",
        "'forfait' means a domain's flat amount and is only allowed in the bonus of one of its indicators.");

    public static readonly DiagnosticDescriptor DivisionByZero = Error("SUN0306",
        "Division par zéro.",
        "Division by zero.");

    public static readonly DiagnosticDescriptor NegativeAmount = Error("SUN0307",
        "Un montant ou une durée ne peut pas être négatif : {0}.",
        "An amount or duration cannot be negative: {0}.");

    public static readonly DiagnosticDescriptor ForfaitCycle = Error("SUN0308",
        "Le forfait du domaine « {0} » ne peut pas dépendre de lui-même.",
        "The flat amount of domain '{0}' cannot depend on itself.");

    public static readonly DiagnosticDescriptor UnknownFunction = Error("SUN0309",
        "Fonction inconnue « {0} »{1} : le langage connaît min et max.",
        "Unknown function '{0}'{1}: the language knows min and max.");

    public static readonly DiagnosticDescriptor TooFewArguments = Error("SUN0310",
        "« {0} » prend au moins deux valeurs, séparées par des virgules : {0}(a, b).",
        "'{0}' takes at least two values, separated by commas: {0}(a, b).");

    public static readonly DiagnosticDescriptor UnknownCategoryValue = Error("SUN0311",
        "« {0} » n'est pas une valeur de « {1} » ({2}){3}.",
        "'{0}' is not a value of '{1}' ({2}){3}.");

    public static readonly DiagnosticDescriptor DuplicateCategoryValue = Error("SUN0312",
        "« {0} » répète la valeur « {1} » de « {2} » : la casse, les accents et les espaces ne distinguent pas deux valeurs.",
        "'{0}' repeats the value '{1}' of '{2}': case, accents and spaces do not tell two values apart.");

    public static readonly DiagnosticDescriptor EmptyCategoryValue = Error("SUN0313",
        "Une valeur de « {0} » est vide : écrivez-la entre les guillemets.",
        "A value of '{0}' is empty: write it between the quotes.");

    // ------------------------------------------------------------------ dates and windows

    public static readonly DiagnosticDescriptor PeriodEndsBeforeStart = Error("SUN0400",
        "La période finit le {0}, avant de commencer le {1}.",
        "The period ends on {0}, before it starts on {1}.");

    public static readonly DiagnosticDescriptor CandidacyAfterMeasurement = Convention("SUN0401",
        "La candidature de « {0} » finit le {1}, après le début de la mesure le {2} ; si c'est voulu, écrivez dans la fenêtre « dérogation SUN0401 \"motif\" ».",
        "Candidacy for '{0}' ends on {1}, after measurement starts on {2}; if this is intended, write 'dérogation SUN0401 \"reason\"' in the window.");

    public static readonly DiagnosticDescriptor MilestoneBeforeMeasurementEnd = Convention("SUN0402",
        "Le jalon de « {0} » ({1}) précède la fin de la mesure ({2}) ; si c'est voulu, écrivez dans la fenêtre « dérogation SUN0402 \"motif\" ».",
        "The milestone of '{0}' ({1}) is before the end of measurement ({2}); if this is intended, write 'dérogation SUN0402 \"reason\"' in the window.");

    public static readonly DiagnosticDescriptor UnknownDate = Information("SUN0403",
        "{0} de « {1} » est une date inconnue : les textes ne la précisent pas.",
        "{0} of '{1}' is unknown: the texts do not give it.");

    public static readonly DiagnosticDescriptor PostponementToEarlierWindow = Error("SUN0404",
        "Le report de « {0} » doit viser une fenêtre dont le jalon est postérieur ; celui de « {1} » ne l'est pas.",
        "The postponement of '{0}' must target a window with a later milestone; '{1}' does not have one.");

    public static readonly DiagnosticDescriptor ZeroDuration = Error("SUN0405",
        "Une durée doit être positive.",
        "A duration must be positive.");

    // ------------------------------------------------------------------ target grids and degressivity

    public static readonly DiagnosticDescriptor GridRowCellCount = Error("SUN0500",
        "La ligne « {0} » a {1} cellule(s) pour {2} fenêtre(s) en en-tête.",
        "Row '{0}' has {1} cell(s) for {2} window(s) in the header.");

    public static readonly DiagnosticDescriptor WindowNotInVolet = Error("SUN0501",
        "La fenêtre « {0} » n'est pas une fenêtre du volet « {1} » ({2}).",
        "Window '{0}' is not a window of volet '{1}' ({2}).");

    public static readonly DiagnosticDescriptor IndicatorNotInVolet = Error("SUN0502",
        "L'indicateur « {0} » n'appartient pas au volet « {1} ».",
        "Indicator '{0}' does not belong to volet '{1}'.");

    public static readonly DiagnosticDescriptor GridIncomplete = Error("SUN0503",
        "Au {0}, la grille des cibles du volet « {1} » n'a pas de cellule pour {2} en {3} : écrivez « / » s'il n'y a pas de cible.",
        "As of {0}, the target grid of volet '{1}' has no cell for {2} in {3}: write '/' where there is no target.");

    public static readonly DiagnosticDescriptor DuplicateGridEntry = Error("SUN0504",
        "« {0} » apparaît plusieurs fois dans cette grille.",
        "'{0}' appears more than once in this grid.");

    public static readonly DiagnosticDescriptor CellKindMismatch = Error("SUN0505",
        "L'indicateur « {0} » est {1} : sa cible doit être {2}.",
        "Indicator '{0}' is {1}: its target must be {2}.");

    public static readonly DiagnosticDescriptor DegressivityIncomplete = Error("SUN0506",
        "Au {0}, la dégressivité du volet « {1} » ne donne pas de taux pour la fenêtre {2}.",
        "As of {0}, the degressivity of volet '{1}' gives no rate for window {2}.");

    public static readonly DiagnosticDescriptor VoletWithoutWindows = Error("SUN0507",
        "Le volet « {0} » ne liste pas ses fenêtres : ajoutez « fenêtres F1, F2… ».",
        "Volet '{0}' does not list its windows: add 'fenêtres F1, F2…'.");

    // ------------------------------------------------------------------ tests

    public static readonly DiagnosticDescriptor TestWithoutCandidacy = Error("SUN0600",
        "Le test « {0} » ne décrit pas de candidature : ajoutez « candidature en F… pour D… ».",
        "Test '{0}' describes no candidacy: add 'candidature en F… pour D…'.");

    public static readonly DiagnosticDescriptor TestWithoutDate = Error("SUN0601",
        "Le test « {0} » ne dit pas à quelle date appliquer les règles : écrivez « test \"…\" au AAAA-MM-JJ ».",
        "Test '{0}' does not say as of which date the rules apply: write 'test \"…\" au YYYY-MM-DD'.");

    public static readonly DiagnosticDescriptor TestWithoutExpectation = Error("SUN0602",
        "Le test « {0} » n'attend rien : ajoutez « attendu … ».",
        "Test '{0}' expects nothing: add 'attendu …'.");

    public static readonly DiagnosticDescriptor AssignmentTypeMismatch = Error("SUN0603",
        "« {0} » attend une valeur de type {1}, pas {2}.",
        "'{0}' expects a value of type {1}, not {2}.");

    public static readonly DiagnosticDescriptor DuplicateTestName = Error("SUN0604",
        "Un test s'appelle déjà « {0} » ({1}).",
        "A test is already named '{0}' ({1}).");

    public static readonly DiagnosticDescriptor DomainNotRequested = Error("SUN0605",
        "« {0} » n'est pas un domaine demandé par la candidature du test.",
        "'{0}' is not a domain the test's candidacy applies for.");

    public static readonly DiagnosticDescriptor DuplicateAssignment = Error("SUN0606",
        "« {0} » reçoit déjà une valeur dans ce test.",
        "'{0}' already receives a value in this test.");

    public static readonly DiagnosticDescriptor AssignmentNotConstant = Error("SUN0607",
        "La valeur de « {0} » doit être une constante (nombre, montant, date, oui/non…).",
        "The value of '{0}' must be a constant (number, amount, date, yes/no…).");

    public static readonly DiagnosticDescriptor WindowNotInForce = Error("SUN0608",
        "Au {0}, « {1} » n'est pas en vigueur.",
        "As of {0}, '{1}' is not in force.");

    public static readonly DiagnosticDescriptor PostponementNotInForce = Error("SUN0620",
        "Le test demande un report, mais « {0} » n'a pas de report en vigueur au {1} : retirez « report demandé » ou ajoutez « report vers … » à la fenêtre.",
        "The test requests a postponement, but '{0}' has no postponement in force on {1}: remove 'report demandé' or add 'report vers …' to the window.");

    // ------------------------------------------------------------------ calendar rules, territories and assumptions

    public static readonly DiagnosticDescriptor Assumed = Information("SUN0700",
        "Supposé : {0}",
        "Assumed: {0}");

    public static readonly DiagnosticDescriptor Inferred = Information("SUN0701",
        "Déduit : {0}",
        "Inferred: {0}");

    public static readonly DiagnosticDescriptor AssumptionAfterAssumption = Warning("SUN0702",
        "Une seule hypothèse par élément : réunissez les raisons dans un même « supposé » ou « déduit ».",
        "One assumption per item: join the reasons in a single 'supposé' or 'déduit'.");

    public static readonly DiagnosticDescriptor PostponementWithoutTerms = Error("SUN0703",
        "Le report de « {0} » vers « {1} » doit dire quelles cibles et quelle dégressivité s'appliquent : « avec les cibles de … et la dégressivité de … ».",
        "The postponement of '{0}' to '{1}' must say which targets and which degressivity apply: 'avec les cibles de … et la dégressivité de …'.");

    public static readonly DiagnosticDescriptor PostponementTermsWindow = Error("SUN0704",
        "« {0} » n'est ni la fenêtre reportée ({1}) ni la fenêtre du report ({2}) : les cibles et la dégressivité sont celles de l'une ou de l'autre.",
        "'{0}' is neither the postponed window ({1}) nor the window of the postponement ({2}): targets and degressivity are those of one or the other.");

    public static readonly DiagnosticDescriptor UnknownTerritory = Error("SUN0705",
        "Territoire inconnu « {0} »{1}. Territoires connus : {2}.",
        "Unknown territory '{0}'{1}. Known territories: {2}.");

    public static readonly DiagnosticDescriptor CalendarRuleLacksDate = Warning("SUN0706",
        "Au {0}, la règle « {1} » s'applique, mais {2} de « {3} » n'est pas connu(e) : les candidatures de cette fenêtre seront refusées à l'évaluation.",
        "As of {0}, the rule '{1}' applies, but {2} of '{3}' is unknown: candidacies of that window will be refused at evaluation.");

    public static readonly DiagnosticDescriptor PostponedTargetsMissing = Error("SUN0707",
        "Au {0}, un report de « {1} » est jugé sur les cibles de « {2} », que le volet {3} ne fixe pas.",
        "As of {0}, a postponement of '{1}' is judged by the targets of '{2}', which volet {3} does not set.");

    public static readonly DiagnosticDescriptor NotMetropolitan = Error("SUN0708",
        "« {0} » n'est pas un territoire d'outre-mer : la France métropolitaine est toujours comprise.",
        "'{0}' is not an overseas territory: metropolitan France is always included.");

    public static readonly DiagnosticDescriptor VoletAnnounced = Information("SUN0709",
        "Au {0}, le volet « {1} » est annoncé sans fenêtres ni domaines : aucune candidature ne peut encore le demander.",
        "As of {0}, volet '{1}' is announced with neither windows nor domains: no candidacy can request it yet.");

    /// <summary>Every descriptor, in code order (for documentation and coverage tests).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)
        .ToArray();
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Emit.Planning;
using SunEs.Semantics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>The "Metadata" class: every instruction (with the SHA-256 of its text), the candidacy schema and the programme.</summary>
internal static class MetadataClassWriter
{
    public const string ClassName = "Metadata";

    public static ClassDeclarationSyntax Write(ProgrammePlan plan)
    {
        var members = new List<MemberDeclarationSyntax>();
        for (var index = 0; index < plan.Instructions.Count; index++)
        {
            members.Add(Field(nameof(R.InstructionInfo), $"Instruction{index}", Instruction(plan.Instructions[index])));
        }

        members.Add(Field(nameof(R.CandidacySchema), "Schema", Schema(plan)));
        var programme = plan.Epochs[^1].Programme;
        members.Add(Field(nameof(R.ProgrammeInfo), "Programme", Code.New(nameof(R.ProgrammeInfo),
            Code.String(plan.Programme.Id),
            Code.String(programme.Label?.Value),
            Code.Array(nameof(R.InstructionInfo), plan.Instructions.Select((_, index) => (ExpressionSyntax)Code.Id($"Instruction{index}"))),
            Code.Array(nameof(R.EpochInfo), plan.Epochs.Select(epoch => (ExpressionSyntax)Code.Member(Code.Id(epoch.ClassName), "Info"))))));
        return ClassDeclaration(ClassName).WithModifiers(Code.Modifiers("internal static")).WithMembers(List(members)).Hide();
    }

    private static ExpressionSyntax Instruction(InstructionSymbol instruction) => Code.New(nameof(R.InstructionInfo),
        Code.String(instruction.Number),
        Code.String(instruction.Title),
        Code.String(instruction.Nor),
        Code.Date(instruction.SignedOn),
        Code.Date(instruction.AppliesFrom),
        Code.Strings(instruction.Issuers),
        Code.Strings(instruction.Amends.Select(amended => amended.Number)),
        Code.String(instruction.Tree.Text.Path),
        Code.String(Sha256(instruction.Tree.Text.Content)));

    private static ExpressionSyntax Schema(ProgrammePlan plan)
    {
        var slots = plan.Slots;
        return Code.New(nameof(R.CandidacySchema),
            Code.Array(nameof(R.WindowField), slots.Windows.Select(window => (ExpressionSyntax)Code.New(nameof(R.WindowField),
                Code.Int(slots[window]), Code.String(window.Id), Code.String(window.Label)))),
            Code.Array(nameof(R.DomainField), slots.Domains.Select(domain => (ExpressionSyntax)Code.New(nameof(R.DomainField),
                Code.Int(slots[domain]), Code.String(domain.Id), Code.String(domain.Label), Code.String(domain.Parent?.Id ?? string.Empty)))),
            Code.Array(nameof(R.PrerequisiteField), slots.Prerequisites.Select(prerequisite => (ExpressionSyntax)Code.New(nameof(R.PrerequisiteField),
                Code.Int(slots[prerequisite]), Code.String(prerequisite.Id), Code.String(prerequisite.Label)))),
            Code.Array(nameof(R.DataField), slots.Data.Select(datum => DataField(datum, slots[datum]))),
            Code.Array(nameof(R.IndicatorField), slots.Indicators.Select(indicator => (ExpressionSyntax)Code.New(nameof(R.IndicatorField),
                Code.Int(slots[indicator]), Code.String(indicator.Id), Code.String(indicator.Label)))),
            Code.Array(nameof(R.TerritoryField), KnownTerritories.All.Select(territory => (ExpressionSyntax)Code.New(nameof(R.TerritoryField),
                Code.String(territory.Name), Code.Bool(territory.IsOverseas), Code.Strings(territory.Aliases)))));
    }

    /// <summary>A datum's field; a category's also lists its values.</summary>
    private static ExpressionSyntax DataField(EntitySymbol datum, int slot)
    {
        ExpressionSyntax[] arguments = [Code.Int(slot), Code.String(datum.Id), Code.Enum(nameof(R.DataKind), DataKind(datum)), Code.String(datum.Label)];
        return Code.New(nameof(R.DataField), datum.DataType == Syntax.DataType.Category ? [.. arguments, Code.Strings(datum.CategoryValues)] : arguments);
    }

    private static string DataKind(EntitySymbol datum) => datum.DataType switch
    {
        Syntax.DataType.Integer => nameof(R.DataKind.Integer),
        Syntax.DataType.Percentage => nameof(R.DataKind.Percentage),
        Syntax.DataType.Money => nameof(R.DataKind.Money),
        Syntax.DataType.Date => nameof(R.DataKind.Date),
        Syntax.DataType.Duration => nameof(R.DataKind.Duration),
        Syntax.DataType.Boolean => nameof(R.DataKind.Boolean),
        Syntax.DataType.Text => nameof(R.DataKind.Text),
        Syntax.DataType.Category => nameof(R.DataKind.Category),
        _ => nameof(R.DataKind.Decimal),
    };

    private static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static FieldDeclarationSyntax Field(string type, string name, ExpressionSyntax value) =>
        Code.Field("internal static readonly", type, name, value).Hide();
}

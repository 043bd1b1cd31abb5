using System.Text;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// Hover on an identifier: what it names (kind, label, type of a datum, where it belongs, which
/// texts declare and amend it) and, for rules, the values in force today with the text each
/// comes from and what it replaced. Hover on an instruction number: that instruction; on min, max,
/// « plafonné à », « au moins » or « parmi »: what it does.
/// </summary>
public static class HoverService
{
    public static Hover? Hover(FeatureContext context, int offset)
    {
        if (context.Compilation.FindReference(context.Text, offset) is { } reference)
        {
            var text = new StringBuilder();
            DescribeEntity(context, reference.Entity, text);
            new RulesDescription(context, text).Describe(reference.Entity);
            return new Hover(MarkupContent.Markdown(text.ToString().TrimEnd()), PositionConverter.ToRange(reference.Location));
        }

        if (InstructionStrings.Find(context, offset) is { } found)
        {
            return new Hover(MarkupContent.Markdown(DescribeInstruction(context, found.Instruction)), PositionConverter.ToRange(context.Text, found.Span));
        }

        return FormulaHover.Describe(context, offset);
    }

    private static void DescribeEntity(FeatureContext context, EntitySymbol entity, StringBuilder text)
    {
        var kind = Display.Kind(entity.Kind, context.Language);
        text.Append($"**{kind} `{entity.Id}`**");
        if (entity.DataType is { } type)
        {
            text.Append($" : {Display.DataType(type, context.Language)}");
        }

        if (entity.Label is { } label)
        {
            text.Append($" — {label}");
        }

        text.AppendLine().AppendLine();
        if (entity.CategoryValues.Count > 0)
        {
            text.AppendLine(context.T("Valeurs : ", "Values: ") + string.Join(", ", entity.CategoryValues.Select(value => $"« {value} »")) + context.T(
                " (dans les données d'entrée, la casse, les accents et les espaces ne comptent pas).",
                " (in input data, case, accents and spacing do not matter).")).AppendLine();
        }

        if (entity.Programme is { } programme && programme != entity && context.Compilation.Programmes.Skip(1).Any())
        {
            text.AppendLine(context.T("Programme ", "Programme ") + $"`{programme.Id}`.").AppendLine();
        }

        if (entity.Parent is { } parent)
        {
            var chain = new List<string>();
            for (var current = parent; current is not null; current = current.Parent)
            {
                chain.Add($"{Display.Kind(current.Kind, context.Language)} `{current.Id}`");
            }

            text.AppendLine(context.T("Dans ", "In ") + string.Join(", ", chain) + ".").AppendLine();
        }

        var declared = context.T("Déclaration : ", "Declared in ") + $"*{entity.DeclaringInstruction.Number}*";
        var amendments = entity.Contributions.Where(c => c.IsAmendment).Select(c => $"*{c.Instruction.Number}*").Distinct().ToList();
        if (amendments.Count > 0)
        {
            declared += context.T(" ; modification : ", "; amended in ") + string.Join(", ", amendments);
        }

        text.AppendLine(declared + ".").AppendLine();
    }

    private static string DescribeInstruction(FeatureContext context, InstructionSymbol instruction)
    {
        var text = new StringBuilder($"**instruction {instruction.Number}**");
        if (instruction.Title is { } title)
        {
            text.Append($" — {title}");
        }

        text.AppendLine().AppendLine();
        if (instruction.Nor is { } nor)
        {
            text.AppendLine($"- NOR : {nor}");
        }

        if (instruction.SignedOn is { } signed)
        {
            text.AppendLine(context.T("- signée le ", "- signed on ") + Display.Date(signed, context.Language));
        }

        text.AppendLine(instruction.AppliesFrom is { } applies
            ? context.T("- applicable le ", "- applies from ") + Display.Date(applies, context.Language)
            : context.T("- date d'application inconnue", "- no application date"));
        if (instruction.Amends.Count > 0)
        {
            text.AppendLine(context.T("- modifie ", "- amends ") + string.Join(", ", instruction.Amends.Select(a => a.Number)));
        }

        return text.ToString().TrimEnd();
    }
}

namespace SunEs.Runtime;

/// <summary>The checks every measured value passes before the rules see it: impossible values are errors, not zeros.</summary>
internal static class CandidacyChecks
{
    public static MeasuredValue Rate(string establishment, string indicator, decimal points)
    {
        if (points is < 0 or > 100)
        {
            throw EvaluationException.Create(EvaluationErrorKind.RateOutOfRange, establishment, indicator,
                $"Le taux de « {indicator} » vaut {points.ToString(Formats.Invariant)} % : un taux est compris entre 0 et 100 %",
                $"The rate of '{indicator}' is {points.ToString(Formats.Invariant)}%: a rate lies between 0 and 100%");
        }

        return MeasuredValue.Rate(points);
    }

    public static MeasuredValue Ratio(string establishment, string indicator, decimal numerator, decimal denominator, string numeratorName, string denominatorName)
    {
        if (numerator < 0 || denominator < 0)
        {
            var (name, value) = numerator < 0 ? (numeratorName, numerator) : (denominatorName, denominator);
            throw EvaluationException.Create(EvaluationErrorKind.NegativeCount, establishment, indicator,
                $"Le compte « {name} » de l'indicateur « {indicator} » est négatif ({value.ToString(Formats.Invariant)})",
                $"The count '{name}' of indicator '{indicator}' is negative ({value.ToString(Formats.Invariant)})");
        }

        if (denominator == 0)
        {
            throw EvaluationException.Create(EvaluationErrorKind.ZeroDenominator, establishment, indicator,
                $"Le dénominateur « {denominatorName} » de l'indicateur « {indicator} » est nul : le taux n'est pas défini",
                $"The denominator '{denominatorName}' of indicator '{indicator}' is zero: the rate is undefined");
        }

        if (numerator > denominator)
        {
            throw EvaluationException.Create(EvaluationErrorKind.NumeratorAboveDenominator, establishment, indicator,
                $"Pour l'indicateur « {indicator} », le numérateur {numerator.ToString(Formats.Invariant)} dépasse le dénominateur {denominator.ToString(Formats.Invariant)}",
                $"For indicator '{indicator}', numerator {numerator.ToString(Formats.Invariant)} is above denominator {denominator.ToString(Formats.Invariant)}");
        }

        return MeasuredValue.Ratio(numerator, denominator);
    }
}

namespace SunEs.Runtime;

public enum RoundingUnit
{
    Cent,
    Euro,
}

namespace SunEs.Runtime;

public enum DurationUnit
{
    Days,
    Weeks,
    Months,
}

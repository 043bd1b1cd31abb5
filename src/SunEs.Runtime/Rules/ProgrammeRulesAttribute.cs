namespace SunEs.Runtime;

/// <summary>Names the type of a generated assembly that implements <see cref="IProgrammeRules"/>, so loaders need not scan.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ProgrammeRulesAttribute(Type rulesType) : Attribute
{
    public Type RulesType { get; } = rulesType;
}

using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace SunEs.Benchmarks;

/// <summary>
/// Runs the body of every benchmark once, for every value of its parameters, without timing:
/// keeps the benchmarks compiling and running in CI. Setup and cleanup are those of the
/// benchmark, or its <see cref="IQuickSetup"/> when the full setup is too slow.
/// </summary>
public static class QuickRun
{
    public static IReadOnlyList<Type> BenchmarkTypes { get; } = typeof(QuickRun).Assembly.GetTypes()
        .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Runs every benchmark of <paramref name="type"/> once per parameter value; returns how many bodies ran.</summary>
    public static int Run(Type type, TextWriter log)
    {
        var ran = 0;
        foreach (var assignment in ParameterAssignments(type))
        {
            var instance = Activator.CreateInstance(type) ?? throw new InvalidOperationException($"{type.Name} cannot be created.");
            foreach (var (property, value) in assignment)
            {
                property.SetValue(instance, value);
            }

            if (instance is IQuickSetup quick)
            {
                quick.QuickSetup();
            }
            else
            {
                Invoke<GlobalSetupAttribute>(instance);
            }

            try
            {
                foreach (var method in type.GetMethods().Where(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    Invoke<IterationSetupAttribute>(instance);
                    var clock = Stopwatch.StartNew();
                    method.Invoke(instance, null);
                    log.WriteLine($"{type.Name}.{method.Name} [{string.Join(", ", assignment.Select(pair => $"{pair.Property.Name}={pair.Value}"))}] ran once in {clock.Elapsed.TotalMilliseconds:F1} ms");
                    ran++;
                }
            }
            finally
            {
                Invoke<GlobalCleanupAttribute>(instance);
            }
        }

        return ran;
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(method => method.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }

    /// <summary>Every combination of the [Params] and [ParamsSource] values (one empty combination when there are none).</summary>
    private static IEnumerable<List<(PropertyInfo Property, object? Value)>> ParameterAssignments(Type type)
    {
        IEnumerable<List<(PropertyInfo, object?)>> combinations = [[]];
        foreach (var property in type.GetProperties())
        {
            if (ParameterValues(type, property) is not { } values)
            {
                continue;
            }

            combinations = combinations.SelectMany(combination => values.Select(value => new List<(PropertyInfo, object?)>(combination) { (property, value) })).ToList();
        }

        return combinations;
    }

    private static object?[]? ParameterValues(Type type, PropertyInfo property)
    {
        if (property.GetCustomAttribute<ParamsAttribute>() is { } fixedValues)
        {
            return fixedValues.Values;
        }

        return property.GetCustomAttribute<ParamsSourceAttribute>() is { } source
            ? ((System.Collections.IEnumerable)type.GetProperty(source.Name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object?>().ToArray()
            : null;
    }
}

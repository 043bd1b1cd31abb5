using System.Text.Json;

namespace SunEs.Cli.Tests;

public sealed class MachineFormatTests
{
    [Fact]
    public void Json_lists_every_diagnostic_with_its_fields_and_the_counts()
    {
        using var folder = new TempFolder();
        folder.Write("bad.sunes", SampleTexts.UnknownWindow);
        folder.Write("warn.sunes", SampleTexts.EnvelopePartsExceedTotal);

        var result = CliRunner.Run(folder.Path, "check", ".", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        Assert.Equal(0, root.GetProperty("infos").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);

        var error = diagnostics[0];
        Assert.Equal("bad.sunes", error.GetProperty("path").GetString());
        Assert.Equal(10, error.GetProperty("line").GetInt32());
        Assert.Equal(17, error.GetProperty("column").GetInt32());
        Assert.Equal(10, error.GetProperty("endLine").GetInt32());
        Assert.Equal(19, error.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal("SUN0201", error.GetProperty("code").GetString());
        Assert.Contains("« F9 »", error.GetProperty("message").GetString());

        var warning = diagnostics[1];
        Assert.Equal("warn.sunes", warning.GetProperty("path").GetString());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("SUN0211", warning.GetProperty("code").GetString());
    }

    [Fact]
    public void Json_of_the_real_corpus_counts_no_error()
    {
        var result = CliRunner.InRepository("check", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(
            json.RootElement.GetProperty("diagnostics").GetArrayLength(),
            json.RootElement.GetProperty("warnings").GetInt32() + json.RootElement.GetProperty("infos").GetInt32());
    }

    [Fact]
    public void Sarif_is_version_2_1_0_with_rules_and_located_results()
    {
        using var folder = new TempFolder();
        folder.Write(Path.Combine("sub dir", "bad.sunes"), SampleTexts.UnknownWindow);

        var result = CliRunner.Run(folder.Path, "check", "sub dir", "--format", "sarif", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());

        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("sunes", driver.GetProperty("name").GetString());
        var rule = Assert.Single(driver.GetProperty("rules").EnumerateArray());
        Assert.Equal("SUN0201", rule.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));

        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("SUN0201", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.StartsWith("Unknown window 'F9'", sarifResult.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(sarifResult.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("sub%20dir/bad.sunes", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(10, region.GetProperty("startLine").GetInt32());
        Assert.Equal(17, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(10, region.GetProperty("endLine").GetInt32());
        Assert.Equal(19, region.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Sarif_maps_information_to_note_and_lists_each_rule_once()
    {
        var result = CliRunner.InRepository("check", "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var run = json.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(results.Select(r => r.GetProperty("ruleId").GetString()).Distinct().Order(StringComparer.Ordinal), ruleIds);
        Assert.All(results, r => Assert.Contains(r.GetProperty("level").GetString(), new[] { "warning", "note" }));
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "SUN0700" && r.GetProperty("level").GetString() == "note");
    }

    [Fact]
    public void Machine_formats_are_deterministic()
    {
        var first = CliRunner.InRepository("check", "--format", "sarif");
        var second = CliRunner.InRepository("check", "--format", "sarif");

        Assert.Equal(first.Out, second.Out);
    }
}

using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using SunEs.Runtime.Verification;

namespace SunEs.Emit.Tests.Verification;

/// <summary>
/// The verifier accepts what SunEs generates and refuses hand-made rules that could do more than
/// compute: each case names the rule it breaks and the API or construct that breaks it.
/// </summary>
public sealed class AssemblyVerifierTests(EmittedCorpus corpus) : IClassFixture<EmittedCorpus>
{
    public static TheoryData<string, string, string, VerificationRule, string> Hostile => new()
    {
        { "reads a file", "_ = System.IO.File.ReadAllText(\"/etc/passwd\");", "", VerificationRule.ForbiddenApi, "System.IO.File" },
        { "opens a socket", "using var client = new System.Net.Sockets.TcpClient();", "", VerificationRule.ForbiddenApi, "System.Net.Sockets.TcpClient" },
        { "sends a web request", "using var http = new System.Net.Http.HttpClient();", "", VerificationRule.ForbiddenApi, "System.Net.Http.HttpClient" },
        { "starts a process", "System.Diagnostics.Process.Start(\"sh\");", "", VerificationRule.ForbiddenApi, "System.Diagnostics.Process" },
        { "reads the environment", "_ = Environment.GetEnvironmentVariable(\"HOME\");", "", VerificationRule.ForbiddenApi, "System.Environment" },
        { "exits the process", "Environment.Exit(0);", "", VerificationRule.ForbiddenApi, "System.Environment" },
        { "sleeps", "System.Threading.Thread.Sleep(1);", "", VerificationRule.ForbiddenApi, "System.Threading.Thread" },
        { "starts a task", "System.Threading.Tasks.Task.Run(() => { });", "", VerificationRule.ForbiddenApi, "System.Threading.Tasks.Task" },
        { "uses reflection", "_ = typeof(string).GetMethod(\"Trim\", Type.EmptyTypes);", "", VerificationRule.ForbiddenApi, "System.Type.GetMethod" },
        { "creates an instance by name", "_ = Activator.CreateInstance(typeof(object));", "", VerificationRule.ForbiddenApi, "System.Activator" },
        { "loads an assembly", "_ = System.Reflection.Assembly.Load(\"x\");", "", VerificationRule.ForbiddenApi, "System.Reflection.Assembly" },
        { "forces a collection", "GC.Collect();", "", VerificationRule.ForbiddenApi, "System.GC" },
        { "allocates native memory", "_ = System.Runtime.InteropServices.Marshal.AllocHGlobal(8);", "", VerificationRule.ForbiddenApi, "System.Runtime.InteropServices.Marshal" },
        { "writes to the console", "Console.WriteLine(\"x\");", "", VerificationRule.ForbiddenApi, "System.Console" },
        { "reads the clock", "_ = DateTime.Now;", "", VerificationRule.ForbiddenApi, "System.DateTime" },
        { "computes in floating point", "_ = Math.Sqrt(2.0);", "", VerificationRule.ForbiddenApi, "System.Math.Sqrt" },
        { "loads other rules from disk", "_ = LoadedProgrammeRules.FromFile(\"/tmp/x.dll\");", "", VerificationRule.ForbiddenApi, "SunEs.Runtime.LoadedProgrammeRules" },
        { "verifies itself away", "_ = SunEs.Runtime.Verification.AssemblyVerifier.Verify([]);", "", VerificationRule.ForbiddenApi, "SunEs.Runtime.Verification.AssemblyVerifier" },
    };

    [Fact]
    public void Generated_rules_of_the_whole_corpus_pass()
    {
        var verification = AssemblyVerifier.Verify(corpus.Result.Assembly!);

        Assert.True(verification.IsValid, string.Join("\n", verification.Violations));
        Assert.Equal(corpus.Result.AssemblyName, verification.AssemblyName);
    }

    [Fact]
    public void The_compiling_step_returns_no_assembly_the_verifier_refuses()
    {
        var unit = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseCompilationUnit("public static class Leak { public static void Run() => System.IO.File.Delete(\"/tmp/x\"); }");

        var (assembly, pdb, diagnostics) = Compiling.GeneratedAssemblyCompiler.Compile(unit, "SunEs.Rules.Leak", [], HandMadeAssembly.References);

        Assert.Null(assembly);
        Assert.Null(pdb);
        var refusal = Assert.Single(diagnostics, diagnostic => diagnostic.Kind == EmitDiagnosticKind.AssemblyRefused && diagnostic.Message.English.Contains("System.IO.File.Delete", StringComparison.Ordinal));
        Assert.True(refusal.IsError);
        Assert.Equal("SUNEMIT04", refusal.Code);
        Assert.Contains("défaut de SunEs", refusal.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_single_bit_flip_of_an_emitted_image_is_refused_as_damaged_before_the_runtime_reads_it()
    {
        var image = corpus.Result.Assembly!;
        Assert.True(ImageChecksum.Matches(image));
        var random = new Random(2023);
        for (var flip = 0; flip < 300; flip++)
        {
            var damaged = (byte[])image.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));

            var verification = AssemblyVerifier.Verify(damaged);

            var violation = Assert.Single(verification.Violations);
            Assert.Equal(VerificationRule.MalformedImage, violation.Rule);
            Assert.Contains("somme de contrôle", violation.Message.French, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_pure_hand_made_implementation_passes()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("_ = Math.Round(1.005m * 2m, 2, MidpointRounding.AwayFromZero) + new DateOnly(2024, 1, 1).DayNumber;"));

        var verification = AssemblyVerifier.Verify(image);

        Assert.True(verification.IsValid, string.Join("\n", verification.Violations));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hand_made_rules_are_refused(string what, string statement, string members, VerificationRule rule, string subject)
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing(statement, members: members));

        var verification = AssemblyVerifier.Verify(image);

        Assert.False(verification.IsValid, what);
        Assert.Contains(verification.Violations, violation => violation.Rule == rule && violation.Subject.StartsWith(subject, StringComparison.Ordinal));
        Assert.All(verification.Violations, violation => Assert.False(string.IsNullOrWhiteSpace(violation.Message.French + violation.Message.English)));
    }

    [Fact]
    public void A_dll_calling_System_IO_File_is_refused_by_the_verifier_and_the_loader()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("System.IO.File.WriteAllText(\"/tmp/sunes-owned\", \"x\");"));

        var verification = AssemblyVerifier.Verify(image);
        var refused = Assert.Throws<AssemblyRefusedException>(() => LoadedProgrammeRules.FromBytes(image));

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.ForbiddenApi && violation.Subject == "System.IO.File");
        Assert.Contains(verification.Violations, violation => violation.Subject == "System.IO.File.WriteAllText");
        Assert.Contains("System.IO.File", refused.Message, StringComparison.Ordinal);
        Assert.Contains("accès aux fichiers", refused.Message, StringComparison.Ordinal);
        Assert.Contains("file access", refused.Message, StringComparison.Ordinal);
        Assert.Equal(verification.Violations, refused.Verification.Violations);
    }

    [Fact]
    public void A_dll_calling_System_IO_File_is_refused_when_loaded_from_disk()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("_ = System.IO.File.ReadAllBytes(\"/etc/hostname\");"));
        var directory = Directory.CreateTempSubdirectory("sunes-verify-");
        try
        {
            var path = Path.Combine(directory.FullName, "HandMade.Rules.dll");
            File.WriteAllBytes(path, image);

            Assert.Throws<AssemblyRefusedException>(() => LoadedProgrammeRules.FromFile(path));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_platform_invoke_is_refused()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("_ = getpid();",
            members: "[System.Runtime.InteropServices.DllImport(\"libc\")] private static extern int getpid();"));

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.NativeCode && violation.Subject == "libc");
        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.NativeCode && violation.Subject == "ImplMap");
        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.NativeCode && violation.Subject == "HandMade.Rules.getpid");
        Assert.Throws<AssemblyRefusedException>(() => LoadedProgrammeRules.FromBytes(image));
    }

    [Fact]
    public void Unsafe_pointers_are_refused()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("unsafe { int value = 1; int* pointer = &value; *pointer = 2; }"), allowUnsafe: true);

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.UnsafeCode && violation.Subject.StartsWith("pointer", StringComparison.Ordinal));
        Assert.Throws<AssemblyRefusedException>(() => LoadedProgrammeRules.FromBytes(image));
    }

    [Fact]
    public void Stack_allocation_is_refused()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("unsafe { byte* buffer = stackalloc byte[16]; buffer[0] = 1; }"), allowUnsafe: true);

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.UnsafeCode && violation.Message.English.Contains("localloc", StringComparison.Ordinal));
    }

    [Fact]
    public void Function_pointers_and_indirect_calls_are_refused()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("unsafe { delegate*<int> next = &Next; _ = next(); }", members: "private static int Next() => 1;"), allowUnsafe: true);

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.UnsafeCode && violation.Message.English.Contains("calli", StringComparison.Ordinal));
        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.UnsafeCode && violation.Subject == "function pointer");
    }

    [Fact]
    public void A_type_that_lifts_access_checks_is_refused()
    {
        var source = HandMadeAssembly.RulesDoing(string.Empty) + """

            namespace System.Runtime.CompilerServices
            {
                [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
                internal sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
                {
                    public string AssemblyName { get; } = assemblyName;
                }
            }
            """;
        var image = HandMadeAssembly.Compile(source);

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.ForbiddenDeclaration
            && violation.Subject == "System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute");
    }

    [Fact]
    public void A_name_the_contract_opens_its_internals_to_is_refused()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing(string.Empty), assemblyName: "SunEs.Emit.Tests");

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.ForbiddenDeclaration && violation.Subject == "SunEs.Emit.Tests");
    }

    [Fact]
    public void A_reference_to_another_assembly_is_refused()
    {
        var image = HandMadeAssembly.Compile(HandMadeAssembly.RulesDoing("_ = System.Text.Json.JsonSerializer.Serialize(1);"));

        var verification = AssemblyVerifier.Verify(image);

        Assert.Contains(verification.Violations, violation => violation.Rule == VerificationRule.AssemblyReference && violation.Subject == "System.Text.Json");
    }

    [Fact]
    public void Bytes_that_are_not_an_assembly_are_refused_without_an_exception()
    {
        var generated = corpus.Result.Assembly!;
        var random = new Random(8);
        var inputs = new List<byte[]> { Array.Empty<byte>(), new byte[] { 0x4D, 0x5A }, new byte[4096], generated[..(generated.Length / 2)] };
        for (var i = 0; i < 200; i++)
        {
            var corrupted = (byte[])generated.Clone();
            for (var flips = random.Next(1, 20); flips > 0; flips--)
            {
                corrupted[random.Next(corrupted.Length)] ^= (byte)(1 << random.Next(8));
            }

            inputs.Add(corrupted);
        }

        foreach (var input in inputs)
        {
            var verification = AssemblyVerifier.Verify(input);
            Assert.NotNull(verification.AssemblyName);
        }

        Assert.Contains(AssemblyVerifier.Verify([]).Violations, violation => violation.Rule == VerificationRule.MalformedImage);
        Assert.Throws<AssemblyRefusedException>(() => LoadedProgrammeRules.FromBytes(new byte[4096]));
    }
}

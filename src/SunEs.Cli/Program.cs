using System.CommandLine;

var root = new RootCommand("sunes: compiler for SUN-ES funding instructions");
return root.Parse(args).Invoke();

using SunEs.SampleEngine;

return Engine.Run(args, Console.Out, Console.Error);

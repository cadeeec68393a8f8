// The command layer sits on top of every library layer (docs/architecture.md): its commands parse options, call
// the library and print, so they share one set of imports instead of repeating the same using block per file.
global using System.CommandLine;
global using System.Globalization;
global using System.Text.Json.Nodes;
global using Freestream.Cosmology;
global using Freestream.Distributions;
global using Freestream.Numerics;
global using Freestream.Plotting;
global using Freestream.Production;
global using Freestream.Reports;
global using Freestream.Scans;
global using Freestream.Structure;
global using Freestream.Thermal;

namespace Freestream.Thermal;

/// <summary>g*, g*s, their ln T derivatives and T_ν/T at one temperature.</summary>
internal readonly record struct PlasmaState(
    double EnergyDof,
    double EntropyDof,
    double LogEnergyDofDerivative,
    double LogEntropyDofDerivative,
    double NeutrinoToPhotonTemperatureRatio);

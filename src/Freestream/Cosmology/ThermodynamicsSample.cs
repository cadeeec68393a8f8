namespace Freestream.Cosmology;

/// <summary>The thermal state of the baryons at one redshift, from <see cref="Thermodynamics.Sample"/>.</summary>
/// <param name="FreeElectronFraction">x_e = n_e/n_H.</param>
/// <param name="ThomsonOpacityInvMpc">κ' = a n_e σ_T in 1/Mpc.</param>
/// <param name="ThomsonOpacityLogDerivative">d ln κ'/d ln(1+z); κ'' = −ℋ κ' × this.</param>
/// <param name="BaryonTemperatureK">T_b in K.</param>
/// <param name="BaryonSoundSpeedSquared">c_s² in units of c² (MB95 eq. 68).</param>
public readonly record struct ThermodynamicsSample(
    double FreeElectronFraction,
    double ThomsonOpacityInvMpc,
    double ThomsonOpacityLogDerivative,
    double BaryonTemperatureK,
    double BaryonSoundSpeedSquared);

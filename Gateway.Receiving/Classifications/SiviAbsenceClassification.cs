namespace Gateway.Receiving.Classifications;

/// <summary>The eleven absence classifications of the SIVI Verzuimstandaard (seed 003, paragraph 4), numbered as listed there.</summary>
public enum SiviAbsenceClassification
{
    /// <summary>Ziekte - arbeidsongeval.</summary>
    ArbeidsOngeval = 1,

    /// <summary>Ziekte - verkeersongeval met regresmogelijkheid.</summary>
    VerkeersongevalMetRegres = 2,

    /// <summary>Ziekte - overige redenen.</summary>
    OverigeRedenen = 3,

    /// <summary>Ziekte - zwangerschap en/of bevalling (vangnet).</summary>
    ZwangerschapBevalling = 4,

    /// <summary>Ziekte - orgaandonatie (vangnet).</summary>
    Orgaandonatie = 5,

    /// <summary>Ziekte - WW-uitkering en meer dan xx weken verzuim (vangnet).</summary>
    WwUitkering = 6,

    /// <summary>Ziekte - uitzendkracht of oproepkracht (vangnet).</summary>
    UitzendOfOproepkracht = 7,

    /// <summary>Ziekte - beëindiging dienstverband tijdens verzuim (vangnet).</summary>
    EindeDienstverbandTijdensVerzuim = 8,

    /// <summary>Ziekte - gedeeltelijk verzuim binnen x jaar na begin dienstverband (vangnet).</summary>
    GedeeltelijkVerzuimNaBeginDienstverband = 9,

    /// <summary>Ziekte - bijzonder dienstverband (vangnet).</summary>
    BijzonderDienstverband = 10,

    /// <summary>Ziekte - overige oorzaken (vangnet).</summary>
    OverigeOorzakenVangnet = 11,
}

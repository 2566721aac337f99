namespace Gateway.Host.Tests.Validate;

/// <summary>
/// Small handwritten valid messages of the types beyond the core five, one per type, as a partner would send them:
/// Afspraken (old group names up to 2025, shortened ones in 2026), Documenten, MedischeKaart, AanvraagPreventieveDiensten
/// and VerwerkingsmeldingWgr-Arbo.
/// </summary>
internal static class FurtherTypeDocuments
{
    public static string Namespace(string root, string release) => $"http://www.sivi.org/Verzuimmanagement/{root}/{release}";

    public static string Afspraken(string release)
    {
        var (vnr, werkgever, arbodienst, contact, com) = release == "2026"
            ? ("00006", "Wrkgvr", "Arbdnst", "Cntprsn", "Com")
            : ("00005", "Werkgever", "Arbodienst", "Contactpersoon", "Communicatie");
        return $"""
            <Afspraken xmlns="{Namespace("Afspraken", release)}">
              {BrAlg("00105", vnr, software: true)}
              <{werkgever}><HndlsnmOrg>Voorbeeld B.V.</HndlsnmOrg><IdWrkgvrArbdnst>WG-01</IdWrkgvrArbdnst><AansltnrGeguitwlngArbdnst>A-01</AansltnrGeguitwlngArbdnst><Lhnr>123456789L01</Lhnr></{werkgever}>
              <{arbodienst}><HndlsnmOrg>Arbo B.V.</HndlsnmOrg><{contact}><Achternaam>Smit</Achternaam><Voorl>J</Voorl><GslchtCd>M</GslchtCd><{com}><SrtComCd>10</SrtComCd><NrCom>j.smit@arbo.example</NrCom></{com}></{contact}></{arbodienst}>
              <Afspraak>
                <IdAfspraak>AFS-1</IdAfspraak><DatAfspraak>2026-04-07</DatAfspraak><TijdAfspraak>09:30:00</TijdAfspraak><OmsSrtAfspraak>Spreekuur</OmsSrtAfspraak>
                <Wrknmr><Achternaam>Jansen</Achternaam><IdWrknmr>WN-1</IdWrknmr></Wrknmr>
                <UitvoerderAfspraak><Achternaam>de Vries</Achternaam><NmFnct>Bedrijfsarts</NmFnct></UitvoerderAfspraak>
              </Afspraak>
            </Afspraken>
            """;
    }

    public static string Documenten(string release) => $"""
        <Documenten xmlns="{Namespace("Documenten", release)}">
          {BrAlg("00500", release == "2026" ? "00006" : "00005", software: false)}
          <Document>
            <IdDocument>DOC-1</IdDocument><DatDocument>2026-04-08</DatDocument><SrtDocumentCd>100</SrtDocumentCd>
            <KenmerkZendPartij>ARBO-DOC-1</KenmerkZendPartij><BestandTypCd>01</BestandTypCd><Bestandsnm>pa.pdf</Bestandsnm>
            <Datastring>JVBERi0xLjQKJSVFT0YK</Datastring>
            <Wrknmr><IdWrknmr>WN-1</IdWrknmr></Wrknmr>
          </Document>
        </Documenten>
        """;

    public static string MedischeKaart(string release) => $"""
        <MedischeKaart xmlns="{Namespace("MedischeKaart", release)}">
          <BrAlg><BrCd>00501</BrCd><VnrBrCd>00001</VnrBrCd><FunctieBrCd>07</FunctieBrCd><AandatBr>2026-04-08</AandatBr><AantijdBr>10:00:00</AantijdBr><IdInzndr>ARBO</IdInzndr><IdOntvngr>GATEWAY</IdOntvngr><Berrefnr>MK-1</Berrefnr><TestJN>J</TestJN><OntvngstbevJN>N</OntvngstbevJN></BrAlg>
          <Document>
            <IdDocument>DOC-2</IdDocument><DatDocument>2026-04-08</DatDocument><SrtDocumentCd>920</SrtDocumentCd><Datastring>JVBERi0xLjQKJSVFT0YK</Datastring>
            <Wrknmr><SofiNr>123456782</SofiNr><Gebdat>1962-05-01</Gebdat><Achternaam>Jansen</Achternaam><Voorl>P</Voorl><GslchtCd>V</GslchtCd></Wrknmr>
          </Document>
        </MedischeKaart>
        """;

    public static string AanvraagPreventieveDiensten(string release) => $"""
        <AanvraagPreventieveDiensten xmlns="{Namespace("AanvraagPreventieveDiensten", release)}">
          {BrAlg("00601", release == "2026" ? "00004" : "00003", software: true)}
          <Wrkgvr>
            <HndlsnmOrg>Voorbeeld B.V.</HndlsnmOrg><IdWrkgvrArbdnst>WG-01</IdWrkgvrArbdnst><AansltnrGeguitwlngArbdnst>A-01</AansltnrGeguitwlngArbdnst><Lhnr>123456789L01</Lhnr>
            <Wrknmr>
              <Gebdat>1962-05-01</Gebdat><SignNm>Jansen</SignNm><Voorl>P</Voorl><NmvrkrCd>01</NmvrkrCd><GslchtCd>V</GslchtCd>
              <Dnstvbnd>
                <OrgeenhCd>FIN</OrgeenhCd>
                <PrevDienst><VrwrkCd>01</VrwrkCd><IngdatMutPrev>2026-04-01</IngdatMutPrev><IdPrevDienst>PD-1</IdPrevDienst><PreventDienst>01</PreventDienst></PrevDienst>
              </Dnstvbnd>
            </Wrknmr>
          </Wrkgvr>
        </AanvraagPreventieveDiensten>
        """;

    /// <summary>The standard leaves this message's BrCd and VnrBrCd open: any code of up to five characters.</summary>
    public static string Verwerkingsmelding(string release) => $"""
        <VerwerkingsmeldingWerkgeverArbodienst xmlns="{Namespace("VerwerkingsmeldingWerkgeverArbodienst", release)}">
          <BrAlg><BrCd>X1</BrCd><VnrBrCd>7</VnrBrCd><AandatBr>2026-04-08</AandatBr><AantijdBr>10:00:00</AantijdBr><IdInzndr>ARBO</IdInzndr><GebrSwPakket>Arbo software</GebrSwPakket><IdOntvngr>GATEWAY</IdOntvngr><Berrefnr>VM-1</Berrefnr><BerrefnrIngzndnBer>VZ-1</BerrefnrIngzndnBer><TestJN>J</TestJN><OntvngstbevJN>N</OntvngstbevJN></BrAlg>
          <VrwrkMld><VrwrkbhdCd>02</VrwrkbhdCd><VrzmgvlId>VG-1</VrzmgvlId><VrzmgvlVnrMld>3</VrzmgvlVnrMld><AansltnrGeguitwlngArbdnst>A-01</AansltnrGeguitwlngArbdnst><IdWrkgvrArbdnst>WG-01</IdWrkgvrArbdnst><CtrlCd>V0012</CtrlCd><MldngTkst>Hersteldatum voor eerste verzuimdag</MldngTkst></VrwrkMld>
        </VerwerkingsmeldingWerkgeverArbodienst>
        """;

    private static string BrAlg(string brCd, string vnrBrCd, bool software) =>
        $"<BrAlg><BrCd>{brCd}</BrCd><VnrBrCd>{vnrBrCd}</VnrBrCd><AandatBr>2026-04-08</AandatBr><AantijdBr>10:00:00</AantijdBr><IdInzndr>ARBO</IdInzndr>"
        + (software ? "<GebrSwPakket>Arbo software</GebrSwPakket>" : "")
        + "<IdOntvngr>GATEWAY</IdOntvngr><Berrefnr>B-1</Berrefnr><TestJN>J</TestJN><OntvngstbevJN>N</OntvngstbevJN></BrAlg>";
}

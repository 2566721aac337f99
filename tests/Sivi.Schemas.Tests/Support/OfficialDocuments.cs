namespace Sivi.Schemas.Tests.Support;

/// <summary>Handwritten messages for SIVI's official 2024 schemas, written from the element structure of those schemas.</summary>
public static class OfficialDocuments
{
    public const string VerzuimmeldingenNamespace = "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024";

    /// <summary>
    /// A valid Verzuimmeldingen 2024 message: one employer with two employees. The parameters put other values in the
    /// first employee's NmvrkrCd (line 23, column 8), the first absence's PrcVrzm (line 38, column 12) and the second
    /// employee's Gebdat (line 65, column 8).
    /// </summary>
    public static string Verzuimmeldingen(string gebdat2 = "1970-12-31", string nmvrkr1 = "01", string prcVrzm1 = "100.00") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Verzuimmeldingen xmlns="{VerzuimmeldingenNamespace}">
          <BrAlg>
            <BrCd>00100</BrCd>
            <VnrBrCd>00011</VnrBrCd>
            <AandatBr>2026-03-02</AandatBr>
            <AantijdBr>09:15:00</AantijdBr>
            <IdInzndr>GATEWAY-TEST</IdInzndr>
            <GebrSwPakket>SIVI Gateway tests</GebrSwPakket>
            <IdOntvngr>ARBODIENST-TEST</IdOntvngr>
            <Berrefnr>TEST-0001</Berrefnr>
            <TestJN>J</TestJN>
            <OntvngstbevJN>N</OntvngstbevJN>
          </BrAlg>
          <Wrkgvr>
            <HndlsnmOrg>Voorbeeld B.V.</HndlsnmOrg>
            <IdWrkgvrArbdnst>WG-01</IdWrkgvrArbdnst>
            <AansltnrGeguitwlngArbdnst>AANSL-01</AansltnrGeguitwlngArbdnst>
            <Wrknmr>
              <Gebdat>1962-05-01</Gebdat>
              <SignNm>Jansen</SignNm>
              <Voorl>GD</Voorl>
              <NmvrkrCd>{nmvrkr1}</NmvrkrCd>
              <GslchtCd>M</GslchtCd>
              <IdWrknmr>WN-0001</IdWrknmr>
              <Dnstvbnd>
                <IdDnstvbnd>4</IdDnstvbnd>
                <Ingdat>2019-01-01</Ingdat>
                <OrgeenhCd>TNW2M</OrgeenhCd>
                <AantCtrcturenPWk>36.00</AantCtrcturenPWk>
                <Vrzm>
                  <VrwrkCd>01</VrwrkCd>
                  <IngdatMutVrzm>2026-03-02</IngdatMutVrzm>
                  <VrzmgvlId>VG-0001</VrzmgvlId>
                  <VrzmgvlVnrMld>1</VrzmgvlVnrMld>
                  <EndVrzmJN>N</EndVrzmJN>
                  <DatEerstVrzmdg>2026-03-02</DatEerstVrzmdg>
                  <PrcVrzm>{prcVrzm1}</PrcVrzm>
                  <OorzkVrzmCd>99</OorzkVrzmCd>
                  <VngntJN>N</VngntJN>
                  <Cntprsn>
                    <Achternaam>de Vries</Achternaam>
                    <Voorl>P</Voorl>
                    <GslchtCd>V</GslchtCd>
                    <RolCntprsnCd>01</RolCntprsnCd>
                    <Com>
                      <SrtComCd>10</SrtComCd>
                      <NrCom>p.devries@example.nl</NrCom>
                    </Com>
                  </Cntprsn>
                </Vrzm>
                <Cntprsn>
                  <Achternaam>de Vries</Achternaam>
                  <Voorl>P</Voorl>
                  <GslchtCd>V</GslchtCd>
                  <RolCntprsnCd>01</RolCntprsnCd>
                  <Com>
                    <SrtComCd>10</SrtComCd>
                    <NrCom>p.devries@example.nl</NrCom>
                  </Com>
                </Cntprsn>
              </Dnstvbnd>
            </Wrknmr>
            <Wrknmr>
              <Gebdat>{gebdat2}</Gebdat>
              <SignNm>Bakker</SignNm>
              <Voorl>A</Voorl>
              <NmvrkrCd>01</NmvrkrCd>
              <GslchtCd>V</GslchtCd>
              <IdWrknmr>WN-0002</IdWrknmr>
              <Dnstvbnd>
                <IdDnstvbnd>7</IdDnstvbnd>
                <Ingdat>2021-06-01</Ingdat>
                <OrgeenhCd>FIN</OrgeenhCd>
                <Vrzm>
                  <VrwrkCd>01</VrwrkCd>
                  <IngdatMutVrzm>2026-02-20</IngdatMutVrzm>
                  <VrzmgvlId>VG-0002</VrzmgvlId>
                  <VrzmgvlVnrMld>2</VrzmgvlVnrMld>
                  <EndVrzmJN>J</EndVrzmJN>
                  <DatEerstVrzmdg>2026-02-16</DatEerstVrzmdg>
                  <DatHrstld>2026-02-20</DatHrstld>
                  <PrcVrzm>50.00</PrcVrzm>
                  <OorzkVrzmCd>10</OorzkVrzmCd>
                  <VngntJN>O</VngntJN>
                  <Cntprsn>
                    <Achternaam>Smit</Achternaam>
                    <Voorl>J</Voorl>
                    <GslchtCd>M</GslchtCd>
                    <RolCntprsnCd>02</RolCntprsnCd>
                    <Com>
                      <SrtComCd>06</SrtComCd>
                      <NrCom>0201234567</NrCom>
                    </Com>
                  </Cntprsn>
                </Vrzm>
                <Cntprsn>
                  <Achternaam>Smit</Achternaam>
                  <Voorl>J</Voorl>
                  <GslchtCd>M</GslchtCd>
                  <RolCntprsnCd>02</RolCntprsnCd>
                  <Com>
                    <SrtComCd>06</SrtComCd>
                    <NrCom>0201234567</NrCom>
                  </Com>
                </Cntprsn>
              </Dnstvbnd>
            </Wrknmr>
          </Wrkgvr>
        </Verzuimmeldingen>
        """;

    /// <summary>A valid Retourmelding1 2024 (a rejection with one error) for message <c>TEST-0001</c>.</summary>
    public static string Retourmelding1(string release = "2024") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Retourmelding1 xmlns="http://www.sivi.org/Verzuimmanagement/Retourmelding1/{release}">
          <BrAlg>
            <BrCd>99999</BrCd>
            <VnrBrCd>00003</VnrBrCd>
            <AandatBr>2026-03-02</AandatBr>
            <AantijdBr>10:00:00</AantijdBr>
            <IdInzndr>ARBODIENST-TEST</IdInzndr>
            <GebrSwPakket>Arbo software</GebrSwPakket>
            <IdOntvngr>GATEWAY-TEST</IdOntvngr>
            <Berrefnr>RET-0001</Berrefnr>
            <BerrefnrIngzndnBer>TEST-0001</BerrefnrIngzndnBer>
            <TestJN>J</TestJN>
            <OntvngstbevJN>N</OntvngstbevJN>
            <SrtRetmldngCd>03</SrtRetmldngCd>
          </BrAlg>
          <Foutmldng>
            <SrtFoutCd>01</SrtFoutCd>
            <Toelchtng>Werknemer onbekend</Toelchtng>
          </Foutmldng>
        </Retourmelding1>
        """;
}

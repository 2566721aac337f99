#!/usr/bin/env python3
"""Writes N Verzuimmeldingen messages of release 2024 (valid against its schema) for the validate benchmark.

Each file holds 1 to ~200 employee blocks (Wrknmr with a Dnstvbnd, a Vrzm and contact persons), log-uniformly
distributed so that most files are small and some are large, like a day's traffic. Deterministic for a given seed.
Usage: generate.py OUT_DIR [COUNT] [SEED]
       generate.py --large OUT_FILE MEGABYTES [SEED]   (one message of that size: employee blocks until it is reached)
"""
import os
import random
import sys

NS = "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024"
SURNAMES = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]
PLACES = ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Zwolle", "Arnhem"]


def date(rnd, start, end):
    return f"{rnd.randint(start, end):04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def contact(rnd, indent):
    p = " " * indent
    return (
        f"{p}<Cntprsn>\n"
        f"{p}  <Achternaam>{rnd.choice(SURNAMES)}</Achternaam>\n"
        f"{p}  <Voorl>{rnd.choice('ABCDEFGHJKLMNPRSTW')}</Voorl>\n"
        f"{p}  <GslchtCd>{rnd.choice('MVO')}</GslchtCd>\n"
        f"{p}  <RolCntprsnCd>0{rnd.randint(1, 5)}</RolCntprsnCd>\n"
        f"{p}  <Com>\n"
        f"{p}    <SrtComCd>10</SrtComCd>\n"
        f"{p}    <NrCom>contact{rnd.randint(1, 9999)}@example.nl</NrCom>\n"
        f"{p}  </Com>\n"
        f"{p}</Cntprsn>\n"
    )


def employee(rnd, n):
    first_day = date(rnd, 2025, 2026)
    parts = [
        "    <Wrknmr>\n",
        f"      <Gebdat>{date(rnd, 1955, 2004)}</Gebdat>\n",
        f"      <SignNm>{rnd.choice(SURNAMES)}</SignNm>\n",
        f"      <Voorl>{rnd.choice('ABCDEFGHJKLMNPRSTW')}{rnd.choice('ABCDEFGHJKLMNPRSTW')}</Voorl>\n",
        "      <NmvrkrCd>01</NmvrkrCd>\n",
        f"      <GslchtCd>{rnd.choice('MVO')}</GslchtCd>\n",
        f"      <IdWrknmr>WN-{n:06d}</IdWrknmr>\n",
    ]
    if rnd.random() < 0.5:
        parts.append(
            "      <StrAdrNl>\n"
            "        <SrtAdrsCd>01</SrtAdrsCd>\n"
            f"        <Pc>{rnd.randint(1000, 9999)}AB</Pc>\n"
            f"        <Wnpl>{rnd.choice(PLACES)}</Wnpl>\n"
            f"        <StraatLang>Dorpsstraat</StraatLang>\n"
            f"        <Huisnr>{rnd.randint(1, 400)}</Huisnr>\n"
            "      </StrAdrNl>\n"
        )
    parts += [
        "      <Dnstvbnd>\n",
        f"        <IdDnstvbnd>DV-{n:06d}</IdDnstvbnd>\n",
        f"        <Ingdat>{date(rnd, 2000, 2024)}</Ingdat>\n",
        f"        <PersNr>{rnd.randint(10000, 99999)}</PersNr>\n",
        f"        <NmFnct>Medewerker</NmFnct>\n",
        f"        <OrgeenhCd>AFD{rnd.randint(1, 40)}</OrgeenhCd>\n",
        f"        <AantCtrcturenPWk>{rnd.choice(['16.00', '24.00', '32.00', '36.00', '40.00'])}</AantCtrcturenPWk>\n",
        "        <Vrzm>\n",
        f"          <VrwrkCd>0{rnd.randint(1, 5)}</VrwrkCd>\n",
        f"          <IngdatMutVrzm>{first_day}</IngdatMutVrzm>\n",
        f"          <VrzmgvlId>VG-{n:06d}-{rnd.randint(1, 999)}</VrzmgvlId>\n",
        f"          <VrzmgvlVnrMld>{rnd.randint(1, 20)}</VrzmgvlVnrMld>\n",
        f"          <EndVrzmJN>{rnd.choice('JN')}</EndVrzmJN>\n",
        f"          <DatEerstVrzmdg>{first_day}</DatEerstVrzmdg>\n",
        f"          <PrcVrzm>{rnd.choice(['50.00', '100.00', '25.50'])}</PrcVrzm>\n",
        f"          <OorzkVrzmCd>{rnd.choice(['10', '11', '99'])}</OorzkVrzmCd>\n",
        f"          <VngntJN>{rnd.choice('JNO')}</VngntJN>\n",
        contact(rnd, 10),
    ]
    if rnd.random() < 0.3:
        parts.append("          <VrTkst>\n            <VrijeTekst>Telefonisch ziek gemeld, verwacht herstel binnen twee weken.</VrijeTekst>\n          </VrTkst>\n")
    parts += ["        </Vrzm>\n", contact(rnd, 8), "      </Dnstvbnd>\n", "    </Wrknmr>\n"]
    return "".join(parts)


def message(rnd, index, blocks):
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Verzuimmeldingen xmlns="{NS}">\n'
        "  <BrAlg>\n"
        "    <BrCd>00100</BrCd>\n"
        "    <VnrBrCd>00011</VnrBrCd>\n"
        f"    <AandatBr>{date(rnd, 2026, 2026)}</AandatBr>\n"
        f"    <AantijdBr>{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:00</AantijdBr>\n"
        "    <IdInzndr>GATEWAY-BENCH</IdInzndr>\n"
        "    <GebrSwPakket>SIVI Gateway</GebrSwPakket>\n"
        "    <IdOntvngr>ARBODIENST</IdOntvngr>\n"
        f"    <Berrefnr>BENCH-{index:06d}</Berrefnr>\n"
        "    <TestJN>J</TestJN>\n"
        "    <OntvngstbevJN>N</OntvngstbevJN>\n"
        "  </BrAlg>\n"
        "  <Wrkgvr>\n"
        "    <HndlsnmOrg>Voorbeeld B.V.</HndlsnmOrg>\n"
        f"    <IdWrkgvrArbdnst>WG-{rnd.randint(1, 500)}</IdWrkgvrArbdnst>\n"
        f"    <AansltnrGeguitwlngArbdnst>AANSL-{rnd.randint(1, 500)}</AansltnrGeguitwlngArbdnst>\n"
    )
    body = "".join(employee(rnd, index * 1000 + i) for i in range(blocks))
    return head + body + "  </Wrkgvr>\n</Verzuimmeldingen>\n"


def large(path, megabytes, rnd):
    blocks = []
    size, target, i = 0, megabytes * 1_000_000, 0
    while size < target:
        block = employee(rnd, i)
        blocks.append(block)
        size += len(block)
        i += 1
    text = message(rnd, 0, 0).replace("  </Wrkgvr>\n", "".join(blocks) + "  </Wrkgvr>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"generated {path}: {len(text) / 1e6:.1f} MB, {i} employee blocks")


def main():
    if sys.argv[1] == "--large":
        large(sys.argv[2], int(sys.argv[3]), random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2024))
        return
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2024)
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(count):
        blocks = min(200, int(200 ** rnd.random()))
        text = message(rnd, i, max(1, blocks))
        with open(os.path.join(out, f"verzuim-{i:05d}.xml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        total += len(text)
    print(f"generated {count} files, {total / 1e6:.1f} MB, in {out}")


if __name__ == "__main__":
    main()

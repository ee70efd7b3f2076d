/**
 * A minimal lookup of English local authorities: the old DfE three-digit number, the ONS codes
 * the authority has had (newest first) and its name, with the region it sits in. Taken from the
 * local authority rows of the DfE's "Schools, pupils and their characteristics" release
 * (ap_placements_ap_census.csv, 2017/18 to 2022/23), with the older spellings the DfE's
 * exclusion statistics used (2006/07 to 2016/17) as aliases. A name with a comma is written
 * with a semicolon here.
 */
const TABLE = `
201,E09000001,City of London,E12000007
202,E09000007,Camden,E12000007
203,E09000011,Greenwich,E12000007
204,E09000012,Hackney,E12000007
205,E09000013,Hammersmith and Fulham,E12000007
206,E09000019,Islington,E12000007
207,E09000020,Kensington and Chelsea,E12000007
208,E09000022,Lambeth,E12000007
209,E09000023,Lewisham,E12000007
210,E09000028,Southwark,E12000007
211,E09000030,Tower Hamlets,E12000007
212,E09000032,Wandsworth,E12000007
213,E09000033,Westminster,E12000007
301,E09000002,Barking and Dagenham,E12000007
302,E09000003,Barnet,E12000007
303,E09000004,Bexley,E12000007
304,E09000005,Brent,E12000007
305,E09000006,Bromley,E12000007
306,E09000008,Croydon,E12000007
307,E09000009,Ealing,E12000007
308,E09000010,Enfield,E12000007
309,E09000014,Haringey,E12000007
310,E09000015,Harrow,E12000007
311,E09000016,Havering,E12000007
312,E09000017,Hillingdon,E12000007
313,E09000018,Hounslow,E12000007
314,E09000021,Kingston upon Thames,E12000007
315,E09000024,Merton,E12000007
316,E09000025,Newham,E12000007
317,E09000026,Redbridge,E12000007
318,E09000027,Richmond upon Thames,E12000007
319,E09000029,Sutton,E12000007
320,E09000031,Waltham Forest,E12000007
330,E08000025,Birmingham,E12000005
331,E08000026,Coventry,E12000005
332,E08000027,Dudley,E12000005
333,E08000028,Sandwell,E12000005
334,E08000029,Solihull,E12000005
335,E08000030,Walsall,E12000005
336,E08000031,Wolverhampton,E12000005
340,E08000011,Knowsley,E12000002
341,E08000012,Liverpool,E12000002
342,E08000013,St. Helens,E12000002
343,E08000014,Sefton,E12000002
344,E08000015,Wirral,E12000002
350,E08000001,Bolton,E12000002
351,E08000002,Bury,E12000002
352,E08000003,Manchester,E12000002
353,E08000004,Oldham,E12000002
354,E08000005,Rochdale,E12000002
355,E08000006,Salford,E12000002
356,E08000007,Stockport,E12000002
357,E08000008,Tameside,E12000002
358,E08000009,Trafford,E12000002
359,E08000010,Wigan,E12000002
370,E08000016,Barnsley,E12000003
371,E08000017,Doncaster,E12000003
372,E08000018,Rotherham,E12000003
373,E08000019,Sheffield,E12000003
380,E08000032,Bradford,E12000003
381,E08000033,Calderdale,E12000003
382,E08000034,Kirklees,E12000003
383,E08000035,Leeds,E12000003
384,E08000036,Wakefield,E12000003
390,E08000037 E08000020,Gateshead,E12000001
391,E08000021,Newcastle upon Tyne,E12000001
392,E08000022,North Tyneside,E12000001
393,E08000023,South Tyneside,E12000001
394,E08000024,Sunderland,E12000001
420,E06000053,Isles of Scilly,E12000009
800,E06000022,Bath and North East Somerset,E12000009
801,E06000023,Bristol; City of,E12000009
802,E06000024,North Somerset,E12000009
803,E06000025,South Gloucestershire,E12000009
805,E06000001,Hartlepool,E12000001
806,E06000002,Middlesbrough,E12000001
807,E06000003,Redcar and Cleveland,E12000001
808,E06000004,Stockton-on-Tees,E12000001
810,E06000010,Kingston upon Hull; City of,E12000003
811,E06000011,East Riding of Yorkshire,E12000003
812,E06000012,North East Lincolnshire,E12000003
813,E06000013,North Lincolnshire,E12000003
815,E10000023,North Yorkshire,E12000003
816,E06000014,York,E12000003
821,E06000032,Luton,E12000006
822,E06000055,Bedford,E12000006
823,E06000056,Central Bedfordshire,E12000006
825,E06000060 E10000002,Buckinghamshire,E12000008
826,E06000042,Milton Keynes,E12000008
830,E10000007,Derbyshire,E12000004
831,E06000015,Derby,E12000004
835,E10000009,Dorset,E12000009
836,E06000029,Poole,E12000009
837,E06000028,Bournemouth,E12000009
838,E06000059,Dorset,E12000009
839,E06000058,Bournemouth; Christchurch and Poole,E12000009
840,E06000047,County Durham,E12000001
841,E06000005,Darlington,E12000001
845,E10000011,East Sussex,E12000008
846,E06000043,Brighton and Hove,E12000008
850,E10000014,Hampshire,E12000008
851,E06000044,Portsmouth,E12000008
852,E06000045,Southampton,E12000008
855,E10000018,Leicestershire,E12000004
856,E06000016,Leicester,E12000004
857,E06000017,Rutland,E12000004
860,E10000028,Staffordshire,E12000005
861,E06000021,Stoke-on-Trent,E12000005
865,E06000054,Wiltshire,E12000009
866,E06000030,Swindon,E12000009
867,E06000036,Bracknell Forest,E12000008
868,E06000040,Windsor and Maidenhead,E12000008
869,E06000037,West Berkshire,E12000008
870,E06000038,Reading,E12000008
871,E06000039,Slough,E12000008
872,E06000041,Wokingham,E12000008
873,E10000003,Cambridgeshire,E12000006
874,E06000031,Peterborough,E12000006
876,E06000006,Halton,E12000002
877,E06000007,Warrington,E12000002
878,E10000008,Devon,E12000009
879,E06000026,Plymouth,E12000009
880,E06000027,Torbay,E12000009
881,E10000012,Essex,E12000006
882,E06000033,Southend-on-Sea,E12000006
883,E06000034,Thurrock,E12000006
884,E06000019,Herefordshire; County of,E12000005
885,E10000034,Worcestershire,E12000005
886,E10000016,Kent,E12000008
887,E06000035,Medway,E12000008
888,E10000017,Lancashire,E12000002
889,E06000008,Blackburn with Darwen,E12000002
890,E06000009,Blackpool,E12000002
891,E10000024,Nottinghamshire,E12000004
892,E06000018,Nottingham,E12000004
893,E06000051,Shropshire,E12000005
894,E06000020,Telford and Wrekin,E12000005
895,E06000049,Cheshire East,E12000002
896,E06000050,Cheshire West and Chester,E12000002
908,E06000052,Cornwall,E12000009
909,E10000006,Cumbria,E12000002
916,E10000013,Gloucestershire,E12000009
919,E10000015,Hertfordshire,E12000006
921,E06000046,Isle of Wight,E12000008
925,E10000019,Lincolnshire,E12000004
926,E10000020,Norfolk,E12000006
928,E10000021,Northamptonshire,E12000004
929,E06000057 E06000048,Northumberland,E12000001
931,E10000025,Oxfordshire,E12000008
933,E10000027,Somerset,E12000009
935,E10000029,Suffolk,E12000006
936,E10000030,Surrey,E12000008
937,E10000031,Warwickshire,E12000005
938,E10000032,West Sussex,E12000008
940,E06000061,North Northamptonshire,E12000004
941,E06000062,West Northamptonshire,E12000004
`;

/** Older spellings, by DfE number: names published before the ONS style was used. */
const ALIASES: Record<string, string[]> = {
  "822": ["Bedford Borough"],
  "835": ["Dorset (Pre LG)"],
  "836": ["Poole (Pre LG)"],
  "837": ["Bournemouth (Pre LG)"],
  "840": ["Durham"],
  "884": ["Herefordshire"],
};

/** One local authority as the lookup knows it. */
export interface LocalAuthorityRow {
  oldCode: string;
  /** ONS codes, newest first. */
  codes: string[];
  name: string;
  regionCode: string;
}

/** Every authority in the table, in the order the DfE numbers them. */
export const LOCAL_AUTHORITY_ROWS: readonly LocalAuthorityRow[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [oldCode, codes, name, regionCode] = line.split(",") as [string, string, string, string];
    return { oldCode, codes: codes.split(" "), name: name.replace(";", ","), regionCode };
  });

/** Spellings of every authority, each with its DfE number. */
export function localAuthorityNames(): [string, string][] {
  return LOCAL_AUTHORITY_ROWS.flatMap((row) => [[row.name, row.oldCode] as [string, string], ...(ALIASES[row.oldCode] ?? []).map((a) => [a, row.oldCode] as [string, string])]);
}

/** Names as they appear in the machine-readable zones of each country's passports. */
export const DEMO_PEOPLE: Record<
  string,
  { surnames: string[]; male: string[]; female: string[]; weight: number }
> = {
  KAZ: {
    surnames: ['NURLANOV', 'ABENOV', 'SEITKALI', 'ZHUMABEK', 'ORAZBAYEV', 'TOKTAROV'],
    male: ['ARMAN', 'DAULET', 'ERLAN', 'NURSULTAN', 'YERZHAN'],
    female: ['AIGERIM', 'DANA', 'ZHANAR', 'ASEL', 'MADINA'],
    weight: 34,
  },
  RUS: {
    surnames: ['IVANOV', 'SMIRNOV', 'KUZNETSOV', 'POPOV', 'SOKOLOV', 'VOLKOV'],
    male: ['ALEKSEI', 'DMITRII', 'SERGEI', 'ANDREI', 'MIKHAIL'],
    female: ['OLGA', 'IRINA', 'NATALIA', 'EKATERINA', 'ANNA'],
    weight: 18,
  },
  CHN: {
    surnames: ['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG'],
    male: ['WEI', 'JIAN', 'MING', 'HAO', 'LEI'],
    female: ['FANG', 'XIU', 'LING', 'YAN', 'JING'],
    weight: 9,
  },
  UZB: {
    surnames: ['KARIMOV', 'YUSUPOV', 'RAKHIMOV', 'TURSUNOV'],
    male: ['BOBUR', 'JASUR', 'SARDOR', 'OTABEK'],
    female: ['DILNOZA', 'NODIRA', 'MALIKA', 'GULNORA'],
    weight: 7,
  },
  KGZ: {
    surnames: ['ASANOV', 'TOKTOGULOV', 'ZHEENBEKOV'],
    male: ['AIBEK', 'TALANT', 'NURBEK'],
    female: ['AIZADA', 'NURGUL', 'CHOLPON'],
    weight: 5,
  },
  TUR: {
    surnames: ['YILMAZ', 'KAYA', 'DEMIR', 'CELIK'],
    male: ['MEHMET', 'MUSTAFA', 'EMRE', 'BURAK'],
    female: ['AYSE', 'ELIF', 'ZEYNEP', 'FATMA'],
    weight: 6,
  },
  DEU: {
    surnames: ['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER'],
    male: ['LUKAS', 'JONAS', 'FELIX', 'MAXIMILIAN'],
    female: ['LENA', 'HANNAH', 'SOPHIE', 'MARIE'],
    weight: 5,
  },
  USA: {
    surnames: ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN'],
    male: ['JAMES', 'MICHAEL', 'DAVID', 'DANIEL'],
    female: ['EMILY', 'SARAH', 'JESSICA', 'ASHLEY'],
    weight: 4,
  },
  GBR: {
    surnames: ['TAYLOR', 'DAVIES', 'EVANS', 'THOMAS'],
    male: ['OLIVER', 'HARRY', 'GEORGE'],
    female: ['OLIVIA', 'AMELIA', 'ISLA'],
    weight: 3,
  },
  KOR: {
    surnames: ['KIM', 'LEE', 'PARK', 'CHOI'],
    male: ['MINJUN', 'SEOJUN', 'JIHO'],
    female: ['SEOYEON', 'JIWOO', 'HAEUN'],
    weight: 4,
  },
  IND: {
    surnames: ['SHARMA', 'PATEL', 'SINGH', 'KUMAR'],
    male: ['RAHUL', 'AMIT', 'ARJUN'],
    female: ['PRIYA', 'ANANYA', 'DIVYA'],
    weight: 3,
  },
  XXA: {
    surnames: ['PETROV', 'GRIGORYAN'],
    male: ['ARMEN', 'VIKTOR'],
    female: ['LIANA', 'ELENA'],
    weight: 1,
  },
};

// The SunEs language: ministerial funding instructions written as they read.
//
// Keywords are French, case-insensitive, and accept accented and unaccented
// spellings (fenêtre = fenetre). Nesting is keyword-led, never indentation-led:
// a programme holds volets, a volet holds domains, a domain holds indicators,
// so the next keyword says where each block ends.
grammar SunEs;

options { caseInsensitive = true; }

// ---------------------------------------------------------------- file

file : header? declaration* EOF ;

header : INSTRUCTION STRING headerItem* ;

headerItem
    : TITRE label                                   # titleItem
    | NOR STRING                                    # norItem
    | SIGNEE LE dateValue                           # signedItem
    | APPLICABLE (LE dateValue | IMMEDIATEMENT)     # applicableItem
    | EMETTEURS STRING (',' STRING)*                # issuersItem
    | MODIFIE STRING (',' STRING)*                  # amendsItem
    | assumption                                    # headerAssumption
    ;

declaration
    : programme
    | dataDeclaration
    | windowDeclaration
    | prerequisiteDeclaration
    | targetGrid
    | testDeclaration
    ;

// ---------------------------------------------------------------- structure

programme : PROGRAMME name MODIFIE? label? programmeItem* ;

programmeItem
    : envelope
    | regionalEnvelope
    | rounding
    | overseasScope
    | calendarRule
    | admissibilityCondition
    | assumption
    | volet
    | waiver
    ;

volet : VOLET name MODIFIE? label? voletItem* ;

voletItem
    : envelope
    | regionalEnvelope
    | windowList
    | degressivity
    | admissibilityCondition
    | assumption
    | domain
    | waiver
    ;

domain : DOMAINE name MODIFIE? label? domainItem* ;

domainItem
    : envelope
    | forfaitRule
    | eligibility
    | assumption
    | indicator
    | waiver
    ;

indicator : INDICATEUR name MODIFIE? label? indicatorItem* ;

indicatorItem
    : TAUX '=' numerator=name '/' denominator=name   # rateDefinition
    | OUI '/' NON                                    # yesNoDefinition
    | BONUS expression                               # bonusRule
    | APPLICABLE SI expression                       # applicability
    | assumption                                     # indicatorAssumption
    ;

envelope : ENVELOPPE amount envelopePart* ;

regionalEnvelope : ENVELOPPE REGIONALE STRING (EN name)? amount envelopePart* ;

envelopePart : DONT (nameList | STRING) amount ;

amount : ENVIRON? money ;

rounding : ARRONDI (AU CENTIME | ALEURO) roundingMode? ;

roundingMode : SUPERIEUR | INFERIEUR | AU PLUS PROCHE ;

windowList : FENETRES nameList ;

degressivity : DEGRESSIVITE windowValue (',' windowValue)* ;

windowValue : name percentage ;

forfaitRule : FORFAIT '=' expression ;

eligibility : ELIGIBLE SI expression ;

// "outre-mer tous sauf …": where the programme's rules apply beyond metropolitan France
// (the "Mention Outre-mer" of an instruction).
overseasScope : OUTREMER (TOUS (SAUF STRING (',' STRING)*)? | AUCUN | STRING (',' STRING)*) ;

// Rules over the calendar of a candidacy: each one acts on decisions while it is in force.
calendarRule
    : CANDIDATURE DEPOSEE PENDANT LA? PERIODE DE CANDIDATURE     # filingRule
    | RESULTATS TRANSMIS? AU PLUS TARD AU JALON                  # resultsRule
    | MESURES DANS LA? PERIODE DE MESURE                         # measuredPeriodRule
    ;

admissibilityCondition : RECEVABLE SI expression ;

// "supposé "…"" or "déduit "…"": what the item before it (or, first in a block, the
// declaration) rests on when the sources do not state it.
assumption : (SUPPOSE | DEDUIT) label ;

// "dérogation SUN0401 "motif"": the text means what a convention check would report.
waiver : DEROGATION name STRING ;

// ---------------------------------------------------------------- data, windows, prerequisites

dataDeclaration : DONNEE name ':' typeName label? assumption? ;

typeName : ENTIER | DECIMAL | POURCENTAGE | MONTANT | DATE_TYPE | DUREE | BOOLEEN | TEXTE | categoryValues ;

// "parmi "CH", "CHU", "ESPIC"": a datum that takes one of these values.
categoryValues : PARMI STRING (',' STRING)* ;

windowDeclaration : FENETRE name MODIFIE? label? windowItem* ;

windowItem
    : CANDIDATURE period                            # candidacyPeriod
    | SELECTION duration (AU PLUS | MAXIMUM)?       # selectionDelay
    | MESURE label? period                          # measurementPeriod
    | JALON dateValue                               # milestone
    | REPORT VERS name postponementTerms?           # postponement
    | assumption                                    # windowAssumption
    | waiver                                        # windowWaiver
    ;

// Which window's targets and degressivity a postponed candidacy is judged by.
postponementTerms : AVEC LES? CIBLES (DE | DU)? targets=name ET LA? DEGRESSIVITE (DE | DU)? degressivityOf=name ;

period : DU dateValue AU dateValue ;

duration : NUMBER (MOIS | JOURS | SEMAINES) ;

prerequisiteDeclaration : PREREQUIS name MODIFIE? label? prerequisiteItem* ;

prerequisiteItem
    : GROUPE STRING                                 # prerequisiteGroup
    | VOLETS nameList                               # prerequisiteVolets
    | TOLERANCE EN nameList                         # prerequisiteTolerance
    | assumption                                    # prerequisiteAssumption
    ;

// ---------------------------------------------------------------- target grid
// Laid out like the published table: a header row of windows, then one row per
// indicator with one cell per window ("/" where the text sets no target).

targetGrid : CIBLES (DU VOLET)? name MODIFIE? assumption? gridHeader gridRow* ;

gridHeader : FENETRES name (','? name)* ;

gridRow : name gridCell+ assumption? ;

gridCell
    : percentage                                    # percentageCell
    | OUI                                           # yesCell
    | NON                                           # noCell
    | '/'                                           # noTargetCell
    ;

// ---------------------------------------------------------------- tests

testDeclaration : TEST STRING (AU dateValue)? testItem* ;

testItem
    : ETABLISSEMENT STRING                                        # establishmentItem
    | CANDIDATURE EN name (POUR nameList)?                        # candidacyItem
    | REPORT DEMANDE                                              # postponementRequestItem
    | DEPOSEE LE dateValue                                        # filedOnItem
    | RESULTATS TRANSMIS? LE dateValue                            # resultsOnItem
    | MESUREE period                                              # measuredPeriodItem
    | TERRITOIRE STRING                                           # territoryItem
    | PREREQUIS TOUS ATTEINT (SAUF nameList)?                     # allPrerequisitesItem
    | PREREQUIS ATTEINT nameList                                  # somePrerequisitesItem
    | PREREQUIS AUCUN                                             # noPrerequisiteItem
    | DONNEES assignment (',' assignment)*                        # dataValuesItem
    | MESURES assignment (',' assignment)*                        # measuresItem
    | ATTENDU expectation+                                        # expectationsItem
    ;

assignment : name '=' expression ;

expectation
    : CANDIDATURE RECEVABLE                         # admissibleExpectation
    | CANDIDATURE IRRECEVABLE                       # inadmissibleExpectation
    | CANDIDATURE PARTIELLEMENT RECEVABLE           # partlyAdmissibleExpectation
    | VOLET name RECEVABLE                          # voletAdmissibleExpectation
    | VOLET name IRRECEVABLE                        # voletInadmissibleExpectation
    | name IRRECEVABLE                              # domainInadmissibleExpectation
    | name HORS DELAI                               # lateExpectation
    | name HORS PERIODE                             # outsidePeriodExpectation
    | name FINANCE money?                           # fundedExpectation
    | name NON FINANCE                              # notFundedExpectation
    | name INELIGIBLE                               # ineligibleExpectation
    | name ATTEINT                                  # metExpectation
    | name NON ATTEINT                              # missedExpectation
    | name NON APPLICABLE                           # notApplicableExpectation
    | name NON MESUREE                              # notMeasuredExpectation
    | TOTAL money                                   # totalExpectation
    ;

// ---------------------------------------------------------------- expressions

expression
    : '(' expression ')'                                              # parenthesized
    | name '(' expression (',' expression)* ')'                       # call
    | BAREME expression bracket+ AUDELA ':' expression                # bracketTable
    | op='-' expression                                               # negation
    | expression (DE | DU) expression                                 # percentOf
    | expression op=('*' | '×' | '/' | '÷') expression                 # multiplicative
    | expression op=('+' | '-') expression                            # additive
    | expression (PLAFONNE_A | AU PLUS | AU MOINS) expression         # bound
    | expression op=('<' | '<=' | '≤' | '>' | '>=' | '≥' | '=' | '≠' | '!=' | '<>') expression  # comparison
    | expression PARMI STRING (',' STRING)*                           # membership
    | NON expression                                                  # not
    | expression ET expression                                        # and
    | expression OU expression                                        # or
    | SI expression ALORS expression SINON expression                 # conditional
    | literal                                                         # literalExpression
    | FORFAIT                                                         # forfaitReference
    | name                                                            # nameReference
    ;

bracket : JUSQUA expression ':' expression ;

literal
    : money                                         # moneyLiteral
    | percentage                                    # percentageLiteral
    | duration                                      # durationLiteral
    | NUMBER                                        # numberLiteral
    | DATE                                          # dateLiteral
    | (OUI | VRAI)                                  # trueLiteral
    | (NON | FAUX)                                  # falseLiteral
    | STRING                                        # textLiteral
    ;

// ---------------------------------------------------------------- small pieces

label : STRING+ ;

name : ID ;

nameList : name (',' name)* ;

dateValue : DATE | INCONNU ;

money : NUMBER (EURO | KILO_EURO | MEGA_EURO) ;

percentage : NUMBER '%' ;

// ================================================================ lexer

INSTRUCTION   : 'instruction' ;
TITRE         : 'titre' ;
NOR           : 'nor' ;
SIGNEE        : 'sign' E_ACUTE 'e'? ;
LE            : 'le' ;
APPLICABLE    : 'applicable' ;
IMMEDIATEMENT : 'imm' E_ACUTE 'diatement' ;
EMETTEURS     : E_ACUTE 'metteur' 's'? ;
MODIFIE       : 'modifi' E_ACUTE 'e'? 's'? ;

PROGRAMME     : 'programme' ;
VOLET         : 'volet' ;
VOLETS        : 'volets' ;
DOMAINE       : 'domaine' ;
INDICATEUR    : 'indicateur' ;
ENVELOPPE     : 'enveloppe' ;
REGIONALE     : 'r' E_ACUTE 'gionale' ;
ENVIRON       : 'environ' ;
DONT          : 'dont' ;
ARRONDI       : 'arrondi' ;
CENTIME       : 'centime' ;
ALEURO        : A_GRAVE [ \t]+ 'l' APOSTROPHE 'euro' ;
SUPERIEUR     : 'sup' E_ACUTE 'rieur' ;
INFERIEUR     : 'inf' E_ACUTE 'rieur' ;
PROCHE        : 'proche' ;
DEGRESSIVITE  : 'd' E_ACUTE 'gressivit' E_ACUTE ;
FORFAIT       : 'forfait' ;
ELIGIBLE      : E_ACUTE 'ligible' ;
INELIGIBLE    : 'in' E_ACUTE 'ligible' ;
TAUX          : 'taux' ;
BONUS         : 'bonus' ;

DONNEE        : 'donn' E_ACUTE 'e' ;
DONNEES       : 'donn' E_ACUTE 'es' ;
ENTIER        : 'entier' ;
DECIMAL       : 'd' E_ACUTE 'cimal' ;
POURCENTAGE   : 'pourcentage' ;
MONTANT       : 'montant' ;
DATE_TYPE     : 'date' ;
DUREE         : 'dur' E_ACUTE 'e' ;
BOOLEEN       : 'bool' E_ACUTE 'en' ;
TEXTE         : 'texte' ;

FENETRE       : 'fen' E_CIRCUMFLEX 'tre' ;
FENETRES      : 'fen' E_CIRCUMFLEX 'tres' ;
CANDIDATURE   : 'candidature' ;
SELECTION     : 's' E_ACUTE 'lection' ;
MESURE        : 'mesure' ;
MESURES       : 'mesures' ;
JALON         : 'jalon' ;
REPORT        : 'report' ;
VERS          : 'vers' ;
INCONNU       : 'inconnu' 'e'? ;
MOIS          : 'mois' ;
JOURS         : 'jour' 's'? ;
SEMAINES      : 'semaine' 's'? ;
PLUS          : 'plus' ;
MOINS         : 'moins' ;
PLAFONNE_A    : 'plafonn' E_ACUTE 'e'? 's'? [ \t]+ A_GRAVE ;
PARMI         : 'parmi' ;
MAXIMUM       : 'maximum' ;

PREREQUIS     : 'pr' E_ACUTE 'requis' ;
GROUPE        : 'groupe' ;
DEROGATION    : 'd' E_ACUTE 'rogation' ;
TOLERANCE     : 'tol' E_ACUTE 'rance' ;
CIBLES        : 'cible' 's'? ;

TEST          : 'test' ;
ETABLISSEMENT : E_ACUTE 'tablissement' ;
POUR          : 'pour' ;
DEMANDE       : 'demand' E_ACUTE 'e'? ;
TOUS          : 'tous' | 'toutes' ;
ATTEINT       : 'atteint' 'e'? 's'? ;
SAUF          : 'sauf' ;
AUCUN         : 'aucun' ;
ATTENDU       : 'attendu' ;
RECEVABLE     : 'recevable' ;
IRRECEVABLE   : 'irrecevable' ;
FINANCE       : 'financ' E_ACUTE 'e'? 's'? ;
TOTAL         : 'total' ;
PARTIELLEMENT : 'partiellement' ;
HORS          : 'hors' ;
DELAI         : 'd' E_ACUTE 'lai' 's'? ;
DEPOSEE       : 'd' E_ACUTE 'pos' E_ACUTE 'e' 's'? ;
RESULTATS     : 'r' E_ACUTE 'sultat' 's'? ;
TRANSMIS      : 'transmis' 'e'? 's'? ;
MESUREE       : 'mesur' E_ACUTE ('e' 's'?)? ;
TERRITOIRE    : 'territoire' ;
PERIODE       : 'p' E_ACUTE 'riode' ;
PENDANT       : 'pendant' ;
DANS          : 'dans' ;
TARD          : 'tard' ;
LA            : 'la' ;
LES           : 'les' ;
AVEC          : 'avec' ;
OUTREMER      : 'outre' [- ]? 'mer' ;
SUPPOSE       : 'suppos' E_ACUTE 'e'? 's'? ;
DEDUIT        : 'd' E_ACUTE 'duit' 'e'? 's'? ;

BAREME        : 'bar' E_GRAVE 'me' ;
JUSQUA        : 'jusqu' APOSTROPHE A_GRAVE ;
AUDELA        : 'au-del' A_GRAVE ;
SI            : 'si' ;
ALORS         : 'alors' ;
SINON         : 'sinon' ;
ET            : 'et' ;
OU            : 'ou' ;
OUI           : 'oui' ;
NON           : 'non' ;
VRAI          : 'vrai' ;
FAUX          : 'faux' ;
DU            : 'du' ;
AU            : 'au' ;
DE            : 'de' ;
EN            : 'en' ;

KILO_EURO     : 'k€' ;
MEGA_EURO     : 'm€' ;
EURO          : '€' | 'euro' 's'? | 'eur' ;

// 2021-07-26, 26/07/2021, 26 juillet 2021, 1er mars 2022
DATE
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT
    | DIGIT DIGIT? '/' DIGIT DIGIT? '/' DIGIT DIGIT DIGIT DIGIT
    | DIGIT DIGIT? ('er')? SPACE+ MONTH SPACE+ DIGIT DIGIT DIGIT DIGIT
    ;

// French numbers: 12 000 (space, no-break or narrow no-break space between
// groups of three), 1,5 (decimal comma) or 1.5.
NUMBER : DIGIT+ (GROUP_SEPARATOR DIGIT DIGIT DIGIT)* ([.,] DIGIT+)? ;

ID : LETTER (LETTER | DIGIT | '_')* ('.' (LETTER | DIGIT | '_')+)* ;

// An unterminated string runs to the end of its line and is still a STRING token:
// the front end reports it once and parsing goes on as if it were closed.
STRING
    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'?
    | '«' ~[»\r\n]* '»'?
    ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN) ;
WHITESPACE    : [ \t\r\n\u000C\u00A0\u202F\uFEFF]+ -> skip ;

fragment DIGIT           : [0-9] ;
fragment LETTER          : [\p{L}_] ;
fragment SPACE           : [ \u00A0\u202F] ;
fragment GROUP_SEPARATOR : [ \u00A0\u202F] ;
fragment APOSTROPHE      : ['\u2019] ;
fragment E_ACUTE         : [eé] ;
fragment E_GRAVE         : [eè] ;
fragment E_CIRCUMFLEX    : [eê] ;
fragment A_GRAVE         : [aà] ;
fragment MONTH
    : 'janvier' | 'f' E_ACUTE 'vrier' | 'mars' | 'avril' | 'mai' | 'juin' | 'juillet'
    | 'ao' [uû] 't' | 'septembre' | 'octobre' | 'novembre' | 'd' E_ACUTE 'cembre'
    ;

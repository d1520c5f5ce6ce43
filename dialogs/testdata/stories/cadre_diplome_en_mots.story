# À la question « cadre ou bac+3 », un diplôme ou un métier tapé répond : « bac pro », « j'ai un BTS », « bac+2 » sont « non » ; « bac+5 » est un bac+3 ou plus (et ne bloque plus la conversation).
> bonjour
= consentement
>> 1
> au chômage 40 ans Tours pas de handicap
= cadre
> bac pro
= recapitulatif
!~ Cadre : oui
user deux
> bonjour
>> 1
> au chômage 40 ans Tours pas de handicap
= cadre
> j'ai un BTS
= recapitulatif
user trois
> bonjour
>> 1
> au chômage 40 ans Tours pas de handicap
= cadre
> bac+2
= recapitulatif
!~ bac+3 ou plus : oui
user quatre
> bonjour
>> 1
> au chômage 40 ans Tours pas de handicap
= cadre
> bac+5
= recapitulatif
~ Diplômé(e) bac+3 ou plus : oui

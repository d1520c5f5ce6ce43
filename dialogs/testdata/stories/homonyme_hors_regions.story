# « Saint-Pierre » : le visiteur choisit celui de Saint-Pierre-et-Miquelon (bouton, ou le nom tapé) — avant, « Je n'ai pas reconnu ce lieu » et la même question sans fin ; maintenant le lieu, hors des régions couvertes par le CEP, comme pour « j'habite à Saint-Pierre-et-Miquelon ».
> bonjour
= consentement
>> 1
> Je suis au chômage, j'ai 41 ans et j'habite à Saint-Pierre
= commune
~ Saint-Pierre (Saint-Pierre-et-Miquelon, 975)
>> 2
!~ Je n'ai pas reconnu ce lieu
= handicap
> /start
>> 1
> Je suis au chômage, j'ai 41 ans et j'habite à Saint-Pierre
= commune
> à St Pierre et Miquelon
!~ Je n'ai pas reconnu ce lieu
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ hors des régions couvertes par le CEP
!~ Lieu : non précisé

# Un jeune au pair à l'étranger : l'orientation hors des régions l'invite à indiquer son code postal s'il
# habite ailleurs ; le code tapé seul (« 38000 ») corrige le lieu au lieu d'être lu comme un numéro de bouton.
> /start
>> 1
> je vis en Allemagne depuis 1 an, 22 ans, je cherche du travail
= recapitulatif
>> 1
= orientation
~ Si vous habitez ailleurs, indiquez votre code postal.
> 38000
!~ Ce numéro ne correspond à aucune réponse
= recapitulatif
~ Grenoble (Isère, 38)
~ Corrigé par vous : lieu.
>> 1
= orientation
~ Mission locale

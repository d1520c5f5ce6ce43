# L'heure choisie est prise chez tous les conseillers de l'agence entre la proposition et le choix :
# le visiteur est prévenu et reçoit d'autres créneaux.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
booking taken all
>> 1
= creneau
~ vient d'être pris
~ Voici les prochains créneaux disponibles
!~ Voici les prochains créneaux libres
!~ Mardi 1er décembre à 10 h,
>> 1
>> 1
= confirmation
>> 1
= suivi
~ Référence : CEP-

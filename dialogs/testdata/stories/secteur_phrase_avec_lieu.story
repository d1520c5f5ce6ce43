# « oui je travaille dans un hôpital privé à Toulouse » à la question du secteur : « privé » répond, et le lieu
# dit avec est gardé (il était perdu, et « Où habitez-vous ? » venait sans rien savoir de Toulouse).
> /start
>> 1
> je suis infirmier
= secteur
> oui je travaille dans un hôpital privé à Toulouse
= age
> j'ai trente-neuf ans
>> 1
>> 1
~ Vous m'avez indiqué où vous travaillez (Haute-Garonne, 31).
>> 1
= recapitulatif
~ Situation : salarié(e) du privé
~ Lieu : Haute-Garonne (31)

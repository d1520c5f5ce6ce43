# « je suis la femme d'un gendarme, il a 41 ans et il voudrait quitter la gendarmerie » : elle écrit pour son
# mari — l'orientation parlait d'elle (« Vous êtes militaire »).
> /start
>> 1
> bonjour, je suis la femme d'un gendarme, il a 41 ans et il voudrait quitter la gendarmerie, on habite à Pau
= recapitulatif
~ Si j'ai bien compris, pour votre mari :
>> 1
= orientation
~ Votre mari est militaire
!~ Vous êtes militaire

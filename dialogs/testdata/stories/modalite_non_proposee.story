# « En visio » à la question de la modalité, dans une agence qui n'en propose pas : c'est dit, puis la
# question est reposée (pas « je n'ai pas compris »).
> /start
>> 1
> Je cherche du travail, 24 ans, à Rennes
>> 1
>> 1
= modalite
> en visio
= modalite
~ Cette agence ne propose pas de rendez-vous en visio.
!~ Je n'ai pas compris
~ Comment souhaitez-vous rencontrer
>> 2
= creneau

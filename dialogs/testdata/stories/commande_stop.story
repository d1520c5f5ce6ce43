# /stop arrête ; un message ensuite rappelle comment reprendre.
> /start
>> 1
> /stop
= fin
~ j'arrête ici
> bonjour ?
= fin
~ /start

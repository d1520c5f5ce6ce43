# An English speaker lists the facts without sentences (« a cashier in a supermarket, 31, Grenoble »): private employee, age and place read, booked in English.
> hi
= consentement
>> 1
> I work as a cashier in a supermarket, 31, Grenoble. I have a disability recognition (RQTH). I would like to change careers.
= partage
~ passed on to the advisor
>> 1
= recapitulatif
~ private-sector employee
~ 31 years old
~ Grenoble
!~ job seeker
>> 1
= orientation
~ Cap emploi
>> 1
= modalite
>> 2
= creneau
>> 1
= contact
~ What is your number?
> 06 12 34 56 78
= confirmation
~ The advisor will call you on 06 12 34 56 78.
>> 1
~ Your appointment is confirmed

# At the modality question, a human in words: the request, not "I did not understand"; "by phone" still answers the question.
> hello
>> 1
> I am unemployed, I am 45, I live in Lyon, no disability
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> by phone
!~ did not understand
> I want to talk to a human
!~ did not understand
~ How would you like to be contacted?

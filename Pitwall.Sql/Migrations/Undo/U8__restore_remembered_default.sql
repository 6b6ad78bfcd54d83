-- U8: undo of V8. V8 changes no schema, and which racer is the default stays as it is.
SELECT 1;
